target_sources(terrain_core PRIVATE
    exporting/tablewriter.h exporting/tablewriter.cpp
    exporting/csvtablewriter.h exporting/csvtablewriter.cpp
    exporting/xlsxtablewriter.h exporting/xlsxtablewriter.cpp
    exporting/exportcolumns.h exporting/exportcolumns.cpp
    exporting/exportlog.h exporting/exportlog.cpp
    exporting/peopleexport.h exporting/peopleexport.cpp
)
