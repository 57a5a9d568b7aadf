#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <optional>
#include <vector>

namespace terrain {

// A saved filter over people: conditions combined with AND / OR / NOT groups, nested at
// will. Stored as JSON in the syncable `segments` table, so every reference in it is
// portable across laptops (UUIDs, codes, names; never a local id).
//
// JSON: an object with one key per condition; several keys in one object are ANDed, and
// an empty object matches everyone.
//   {"and": [...]}, {"or": [...]}, {"not": {...}}
//   {"districts": [uuid...]}       people of these districts, at any level (commune: all its bureaux)
//   {"bureaux": ["1", "12"]}        bureau codes
//   {"streets": [uuid or name...]}  streets (a name is compared folded: "rue de la paix")
//   {"age": {"min": 18, "max": 30}} from the birth date, at the date the filter is used
//   {"sex": ["F"]}
//   {"support": [1, 2]}             support levels; 0 = unknown
//   {"tags": [uuid or name...]}     any of these tags
//   {"status": ["active", "moved", "deceased", "left"]}
//   {"hasPhone": true}, {"hasMobile": true}, {"hasEmail": false}  usable ones (not flagged bad)
//   {"contactedSince": "2026-03-01"}, {"notContactedSince": "2026-03-01"}  any channel, any result
//   {"lastResult": ["not_home", "come_back"]}  the result of the person's latest attempt
//   {"voted": "election uuid or name"}, {"notVoted": "..."}
//
// People who are not active (moved, deceased, left the list) match only when the filter
// has a status condition somewhere.
//
// Law (CNIL): a campaign must never segment voters by place of birth, nationality or
// surname ("consonance"). There is deliberately no such condition, and the parser rejects
// keys that ask for one with an explicit error (code "segment.forbidden") rather than the
// generic "unknown condition", so that nobody mistakes it for a missing feature.
class SegmentFilter
{
public:
    enum class Kind
    {
        All, // AND of children (no children: everyone)
        Any, // OR of children (no children: no one)
        Not, // one child
        Districts,
        Bureaux,
        Streets,
        Age,
        Sex,
        Support,
        Tags,
        PersonStatus,
        HasPhone,
        HasMobile,
        HasEmail,
        ContactedSince,
        NotContactedSince,
        LastResult,
        Voted,
        NotVoted,
    };

    SegmentFilter() = default; // everyone

    static SegmentFilter all(std::vector<SegmentFilter> children);
    static SegmentFilter any(std::vector<SegmentFilter> children);
    static SegmentFilter negate(SegmentFilter child);
    // Districts, Bureaux, Streets, Sex, Tags, PersonStatus, LastResult; Voted/NotVoted take one value.
    static SegmentFilter values(Kind kind, QStringList values);
    static SegmentFilter support(QList<int> levels);
    static SegmentFilter age(std::optional<int> min, std::optional<int> max);
    static SegmentFilter flag(Kind kind, bool wanted); // HasPhone, HasMobile, HasEmail
    static SegmentFilter contacted(Kind kind, QDate since); // ContactedSince, NotContactedSince

    Kind kind() const { return m_kind; }
    const std::vector<SegmentFilter>& children() const { return m_children; }
    const QStringList& textValues() const { return m_values; }
    const QList<int>& levels() const { return m_levels; }
    std::optional<int> minAge() const { return m_minAge; }
    std::optional<int> maxAge() const { return m_maxAge; }
    bool wanted() const { return m_flag; }
    QDate date() const { return m_date; }

    // Whether a status condition appears anywhere (else only active people match).
    bool mentionsStatus() const;

    // Errors: "segment.json" (not JSON), "segment.invalid" (unknown key, wrong value),
    // "segment.forbidden" (a condition the law forbids).
    static Result<SegmentFilter> fromJson(const QByteArray& json);
    static Result<SegmentFilter> fromJsonValue(const QJsonValue& value);
    QJsonValue toJsonValue() const;
    QByteArray toJson() const; // compact

    bool operator==(const SegmentFilter&) const = default;

private:
    Kind m_kind = Kind::All;
    std::vector<SegmentFilter> m_children;
    QStringList m_values;
    QList<int> m_levels;
    std::optional<int> m_minAge;
    std::optional<int> m_maxAge;
    bool m_flag = true;
    QDate m_date;
};

// A filter as an SQL condition on `people p`, with its values to bind in order. Nothing
// from the filter is ever pasted into the SQL text. `today` is the date ages are counted at.
struct SqlCondition
{
    QString sql;
    QVariantList binds;
};
SqlCondition compileSegment(const SegmentFilter& filter, QDate today);

} // namespace terrain
