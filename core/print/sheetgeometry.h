#pragma once

#include "print/sheetdata.h"
#include "print/walksheetrenderer.h"

#include <QFont>
#include <QList>
#include <QPageLayout>
#include <QRectF>
#include <QString>

class QPainter;

namespace terrain {

// Internal to the print module: the geometry of a sheet in layout units (1/720 inch, origin at the
// top-left corner of the printable area) and the painting of its pages. Walk lists and call sheets
// share it: both are a header, a legend and groups of people (a door, or a phone number).
class SheetGeometry
{
public:
    struct Group
    {
        QString title; // address or phone number
        QString detail; // building/apartment, or phone type
        QList<SheetPerson> people;
    };

    struct Content
    {
        bool callSheet = false;
        SheetHeader header;
        QList<SheetResultCode> resultCodes;
        QString script;
        QList<SheetQuestion> questions;
        QList<Group> groups;
    };

    SheetGeometry(Content content, const PrintOptions& options);

    const QPageLayout& pageLayout() const { return m_pageLayout; }
    const SheetPagination& pagination() const { return m_pagination; }
    QRectF qrCodeRect() const { return m_qrRect; }
    QString documentTitle() const;
    void paintPage(QPainter& painter, int page) const;

private:
    // A piece of the answer line under each name: a label, an option to circle or a tick box.
    struct Token
    {
        enum Kind {
            Label,
            Option,
            Box,
        };
        Kind kind = Option;
        QString text;
        double x = 0;
        int line = 0;
    };

    struct Placement
    {
        int group = 0;
        int firstPerson = 0;
        int personCount = 0;
        bool continued = false;
        double y = 0;
    };

    void setUpFonts();
    void computeColumns();
    void layOutAnswerTokens();
    void paginate();
    double groupHeight(const Group& group) const { return m_groupTitleHeight + group.people.size() * m_personHeight; }

    // Each block both measures and paints: with a null painter it only returns the height it needs.
    double paintHeader(QPainter* painter) const;
    double paintLegend(QPainter* painter, double y) const;
    double paintRunningHeader(QPainter* painter) const;
    double paintColumnHeadings(QPainter* painter, double y) const;
    void paintFooter(QPainter& painter, int page) const;
    void paintGroup(QPainter& painter, const Placement& placement) const;
    void paintPerson(QPainter& painter, const SheetPerson& person, double y, bool first) const;
    void paintQrCode(QPainter& painter, const QRectF& rect) const;
    double paintTickBox(QPainter& painter, double x, double y, double lineHeight, const QString& letter) const;

    QString formatDate(const QDate& date) const;
    QString title() const;

    Content m_content;
    PrintOptions m_options;
    QPageLayout m_pageLayout;
    double m_width = 0;
    double m_height = 0;

    QFont m_titleFont;
    QFont m_subtitleFont;
    QFont m_codeFont;
    QFont m_textFont;
    QFont m_boldTextFont;
    QFont m_nameFont;
    QFont m_groupFont;
    QFont m_smallFont;
    QFont m_smallBoldFont;
    QFont m_tinyFont;
    QFont m_noticeFont;

    // Person row columns (x and width).
    double m_nameX = 0;
    double m_nameWidth = 0;
    double m_ageX = 0;
    double m_ageWidth = 0;
    double m_supportX = 0;
    double m_supportWidth = 0;
    double m_contactX = 0;
    double m_contactWidth = 0;
    double m_resultX = 0;
    bool m_resultBoxesInRow = true; // false when the legend has too many codes: they go to the answer line

    QList<Token> m_tokens;
    int m_tokenLines = 1;
    double m_nameLineHeight = 0;
    double m_tokenLineHeight = 0;
    double m_personHeight = 0;
    double m_groupTitleHeight = 0;

    double m_firstBodyTop = 0;
    double m_bodyTop = 0;
    double m_bodyBottom = 0;
    QRectF m_qrRect;

    QList<QList<Placement>> m_pages;
    SheetPagination m_pagination;
};

} // namespace terrain
