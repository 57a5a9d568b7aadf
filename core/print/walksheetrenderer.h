#pragma once

#include "print/sheetdata.h"
#include "util/result.h"

#include <QList>
#include <QPageLayout>
#include <QRectF>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace terrain {

// Which groups (doors of a walk list, phone numbers of a call sheet) went on one page.
struct SheetPage
{
    int firstGroup = 0; // index into WalkSheet::doors / CallSheet::entries
    int groupCount = 0; // groups drawn on this page, from firstGroup
    bool continued = false; // firstGroup began on an earlier page (only a door taller than a page)
};

// The result of the layout pass, before anything is painted.
struct SheetPagination
{
    QList<SheetPage> pages;

    int pageCount() const { return int(pages.size()); }
    // The page (0-based) where a group starts; -1 if there is no such group.
    int pageOfGroup(int group) const;
};

// Lays out and paints a walk list or a call sheet: header with QR code on the first page, result-code
// legend, survey questions, then the people grouped by door (or phone number), never breaking a group
// across pages unless it is taller than a page. The same renderer serves QPdfWriter and QPrinter.
// Needs a QGuiApplication (fonts); with no display, run it with QT_QPA_PLATFORM=offscreen.
class WalkSheetRenderer
{
public:
    WalkSheetRenderer(const WalkSheet& sheet, const PrintOptions& options);
    WalkSheetRenderer(const CallSheet& sheet, const PrintOptions& options);
    ~WalkSheetRenderer();
    WalkSheetRenderer(const WalkSheetRenderer&) = delete;
    WalkSheetRenderer& operator=(const WalkSheetRenderer&) = delete;

    // Paper, orientation and the margins the layout was made for.
    QPageLayout pageLayout() const;
    const SheetPagination& pagination() const;
    int pageCount() const { return pagination().pageCount(); }

    // Sets the device's page layout and paints every page.
    Status render(QPagedPaintDevice& device) const;
    // Writes a PDF atomically: the target is replaced only when the whole document is written.
    Status writePdf(const QString& path) const;

    // Paints one page (0-based) for a preview. The painter's coordinates must be layout units:
    // 1/720 inch (a tenth of a point), origin at the top-left corner inside the margins.
    void paintPage(QPainter& painter, int page) const;
    static constexpr double kUnitsPerInch = 720.0;
    // Where the QR code of the list code sits on the first page, in layout units.
    QRectF qrCodeRect() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

Status renderWalkSheet(const WalkSheet& sheet, QPagedPaintDevice& device, const PrintOptions& options);
Status writeWalkSheetPdf(const WalkSheet& sheet, const QString& path, const PrintOptions& options);
SheetPagination paginateWalkSheet(const WalkSheet& sheet, const PrintOptions& options);

Status renderCallSheet(const CallSheet& sheet, QPagedPaintDevice& device, const PrintOptions& options);
Status writeCallSheetPdf(const CallSheet& sheet, const QString& path, const PrintOptions& options);
SheetPagination paginateCallSheet(const CallSheet& sheet, const PrintOptions& options);

} // namespace terrain
