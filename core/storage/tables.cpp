#include "tables.h"

namespace terrain {

namespace {
constexpr FieldType T = FieldType::Text;
constexpr FieldType I = FieldType::Integer;
constexpr FieldType R = FieldType::Real;
constexpr FieldType Ref = FieldType::Reference;
} // namespace

const std::vector<TableInfo>& syncTables()
{
    // Parents before children, so that a full push or pull can apply in this order.
    static const std::vector<TableInfo> tables = {
        {"districts",
         {{"parent_id", Ref, "districts"}, {"kind", T}, {"code", T}, {"name", T}, {"polling_place", T},
          {"expected_turnout", R}}},
        {"streets", {{"commune_id", Ref, "districts"}, {"name", T}, {"street_type", T}, {"label", T}, {"folded", T}}},
        {"addresses",
         {{"street_id", Ref, "streets"}, {"number", I}, {"number_to", I}, {"suffix", T}, {"building", T},
          {"staircase", T}, {"lieu_dit", T}, {"complement", T}, {"postcode", T}, {"city", T},
          {"district_id", Ref, "districts"}, {"raw", T}, {"search_text", T}}},
        {"households", {{"address_id", Ref, "addresses"}, {"unit", T}}},
        {"people",
         {{"household_id", Ref, "households"}, {"district_id", Ref, "districts"}, {"voter_key", T},
          {"list_number", I}, {"external_id", T}, {"last_name", T}, {"usage_name", T}, {"first_names", T},
          {"folded_name", T}, {"sex", T}, {"birth_date", T}, {"status", T}, {"support", I}, {"dnc_door", I},
          {"dnc_phone", I}, {"dnc_sms", I}, {"dnc_email", I}, {"consent_phone_at", I}, {"consent_phone_source", T},
          {"consent_sms_at", I}, {"consent_sms_source", T}, {"consent_email_at", I}, {"consent_email_source", T},
          {"party", T}, {"source", T}, {"notes", T}, {"extra", T}, {"created_at", I}},
         false,
         "id"},
        {"phones", {{"person_id", Ref, "people"}, {"e164", T}, {"raw", T}, {"type", T}, {"bad", I}}, false, "person_id"},
        {"emails", {{"person_id", Ref, "people"}, {"address", T}, {"valid", I}, {"bad", I}}, false, "person_id"},
        {"tags", {{"name", T}, {"folded", T}, {"color", T}}},
        {"person_tags", {{"person_id", Ref, "people"}, {"tag_id", Ref, "tags"}, {"present", I}}, false, "person_id"},
        {"surveys", {{"name", T}, {"active", I}}},
        {"questions",
         {{"survey_id", Ref, "surveys"}, {"position", I}, {"text", T}, {"kind", T}, {"options", T}}},
        {"segments", {{"name", T}, {"filter", T}}},
        {"lists",
         {{"kind", T}, {"name", T}, {"code", T}, {"segment_id", Ref, "segments"}, {"assignee", T}, {"status", T},
          {"created_at", I}}},
        {"list_members",
         {{"list_id", Ref, "lists"}, {"person_id", Ref, "people"}, {"household_id", Ref, "households"},
          {"rank", I}, {"present", I}, {"phone_id", Ref, "phones"}}},
        {"contact_attempts",
         {{"person_id", Ref, "people"}, {"household_id", Ref, "households"}, {"channel", T}, {"result", T},
          {"answers", T}, {"support", I}, {"volunteer", T}, {"list_id", Ref, "lists"}, {"at", I}, {"note", T},
          {"phone_id", Ref, "phones"}, {"callback_at", I}},
         true,
         "person_id"},
        {"elections", {{"name", T}, {"date", T}, {"round", I}, {"closes", T}, {"reference_id", Ref, "elections"}}},
        {"vote_marks",
         {{"election_id", Ref, "elections"}, {"person_id", Ref, "people"}, {"source", T}, {"at", I}, {"author", T}},
         true,
         "person_id"},
        {"turnout_reports",
         {{"election_id", Ref, "elections"}, {"district_id", Ref, "districts"}, {"at", I}, {"count", I}}},
        {"import_profiles", {{"name", T}, {"definition", T}}},
        {"result_codes",
         {{"channel", T}, {"code", T}, {"key", T}, {"label", T}, {"effect", T}, {"reached", I}, {"door_level", I},
          {"recycle", T}, {"position", I}, {"active", I}}},
        {"election_bureaux",
         {{"election_id", Ref, "elections"}, {"district_id", Ref, "districts"}, {"registered", I},
          {"expected_turnout", R}}},
        {"proxies",
         {{"person_id", Ref, "people"}, {"election_id", Ref, "elections"}, {"proxy_name", T}, {"status", T},
          {"note", T}},
         false,
         "person_id"},
        {"call_scripts", {{"list_id", Ref, "lists"}, {"text", T}}},
    };
    return tables;
}

const TableInfo* findTable(QStringView name)
{
    for (const TableInfo& table : syncTables()) {
        if (name == QLatin1StringView(table.name))
            return &table;
    }
    return nullptr;
}

const TableInfo* findTable(const char* name)
{
    for (const TableInfo& table : syncTables()) {
        if (qstrcmp(name, table.name) == 0)
            return &table;
    }
    return nullptr;
}

const FieldInfo* findField(const TableInfo& table, QStringView name)
{
    for (const FieldInfo& field : table.fields) {
        if (name == QLatin1StringView(field.name))
            return &field;
    }
    return nullptr;
}

int fieldPosition(const TableInfo& table, QStringView name)
{
    if (name == u"deleted")
        return 0;
    const FieldInfo* field = findField(table, name);
    return field ? static_cast<int>(field - table.fields.data()) + 1 : -1;
}

} // namespace terrain
