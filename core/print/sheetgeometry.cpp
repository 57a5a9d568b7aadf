#include "sheetgeometry.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QMarginsF>
#include <QPageSize>
#include <QPainter>
#include <QPainterPath>

#include <qrencode.h>

#include <algorithm>
#include <cmath>

namespace terrain {

namespace {

// Layout units are tenths of a point: fonts are sized in pixels of that unit so that the layout does
// not depend on the device resolution (PDF at 1200 dpi, a printer at 600 dpi, a preview on screen).
constexpr double kPt = 10.0;
constexpr double kMarginMm = 12.0; // inside what home inkjet and laser printers can reach
constexpr double kQrSize = 78 * kPt; // with the quiet zone
constexpr double kBox = 8 * kPt;
constexpr double kIndent = 10 * kPt;
constexpr double kColumnGap = 9 * kPt;
constexpr double kPersonPadTop = 3.5 * kPt;
constexpr double kPersonPadBottom = 3 * kPt;
constexpr double kHeavyLine = 1.4 * kPt;
constexpr double kLightLine = 0.4 * kPt;
constexpr int kWrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

const QColor kGray(0x55, 0x55, 0x55);
const QColor kLightGray(0x99, 0x99, 0x99);

QFont makeFont(double points, bool bold = false, bool italic = false)
{
    QFont font;
    // Metric-compatible sans fonts first, DejaVu (always on Linux) last; all are TrueType, which the PDF
    // engine embeds as searchable text.
    font.setFamilies({ QStringLiteral("Arial"), QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans") });
    // No shaping: ligatures ("fi") would turn into single glyphs that PDF search and text extraction miss.
    font.setStyleHint(QFont::SansSerif, QFont::StyleStrategy(QFont::ForceOutline | QFont::PreferNoShaping));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPixelSize(int(std::lround(points * kPt)));
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

double lineHeight(const QFont& font)
{
    return QFontMetricsF(font).height();
}

double textWidth(const QFont& font, const QString& text)
{
    return QFontMetricsF(font).horizontalAdvance(text);
}

// Draws (when painter is set) and measures word-wrapped text; returns its height.
double wrapped(QPainter* painter, const QFont& font, const QRectF& rect, const QString& text, const QColor& color)
{
    const QRectF area(rect.x(), rect.y(), rect.width(), 1e7);
    const double height = QFontMetricsF(font).boundingRect(area, kWrap, text).height();
    if (painter) {
        painter->setFont(font);
        painter->setPen(color);
        painter->drawText(QRectF(rect.x(), rect.y(), rect.width(), height + kPt), kWrap, text);
    }
    return height;
}

void line(QPainter& painter, double x1, double y, double x2, double width, const QColor& color)
{
    painter.setPen(QPen(color, width, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(x1, y), QPointF(x2, y));
}

void text(QPainter& painter, const QFont& font, const QRectF& rect, int flags, const QString& value,
    const QColor& color = Qt::black)
{
    painter.setFont(font);
    painter.setPen(color);
    painter.drawText(
        rect, flags | Qt::TextSingleLine, QFontMetricsF(font).elidedText(value, Qt::ElideRight, rect.width()));
}

} // namespace

SheetGeometry::SheetGeometry(Content content, const PrintOptions& options)
    : m_content(std::move(content))
    , m_options(options)
    , m_pageLayout(QPageSize(options.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
          QPageLayout::Portrait, QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter)
{
    if (!m_content.header.printedAt.isValid())
        m_content.header.printedAt = QDateTime::currentDateTime();
    const QRectF paint = m_pageLayout.paintRect(QPageLayout::Point);
    m_width = paint.width() * kPt;
    m_height = paint.height() * kPt;
    m_qrRect = QRectF(m_width - kQrSize, 0, kQrSize, kQrSize);
    setUpFonts();
    computeColumns();
    layOutAnswerTokens();
    paginate();
}

void SheetGeometry::setUpFonts()
{
    m_titleFont = makeFont(16, true);
    m_subtitleFont = makeFont(12.5, true);
    m_codeFont = makeFont(13, true);
    m_textFont = makeFont(10);
    m_boldTextFont = makeFont(10, true);
    m_nameFont = makeFont(10.5);
    m_groupFont = makeFont(10.5, true);
    m_smallFont = makeFont(9);
    m_smallBoldFont = makeFont(9, true);
    m_tinyFont = makeFont(7.5);
    m_noticeFont = makeFont(7.5, false, true);
}

QString SheetGeometry::title() const
{
    if (!m_options.title.isEmpty())
        return m_options.title;
    return m_content.callSheet ? QCoreApplication::translate("terrain::WalkSheetRenderer", "Call sheet")
                               : QCoreApplication::translate("terrain::WalkSheetRenderer", "Walk list");
}

QString SheetGeometry::documentTitle() const
{
    if (m_content.header.listName.isEmpty())
        return title();
    return title() + QStringLiteral(" \u2014 ") + m_content.header.listName;
}

QString SheetGeometry::formatDate(const QDate& date) const
{
    return m_options.locale.toString(date, QLocale::ShortFormat);
}

void SheetGeometry::computeColumns()
{
    double resultWidth = 0;
    for (const SheetResultCode& code : m_content.resultCodes)
        resultWidth += kBox + 2.5 * kPt + textWidth(m_smallBoldFont, code.code) + 7 * kPt;
    resultWidth = std::max(
        resultWidth, textWidth(m_tinyFont, QCoreApplication::translate("terrain::WalkSheetRenderer", "Result")));

    m_ageWidth = std::max(textWidth(m_smallFont, QStringLiteral("888 F")),
        textWidth(m_tinyFont, QCoreApplication::translate("terrain::WalkSheetRenderer", "Age")));
    m_supportWidth = std::max(
        textWidth(m_tinyFont, QCoreApplication::translate("terrain::WalkSheetRenderer", "Prev. support")), 25 * kPt);
    const QString sampleContact = formatDate(QDate(2026, 12, 28)) + QStringLiteral(" DC");
    m_contactWidth = std::max(textWidth(m_smallFont, sampleContact),
        textWidth(m_tinyFont, QCoreApplication::translate("terrain::WalkSheetRenderer", "Last contact")));

    const double fixed = kIndent + m_ageWidth + m_supportWidth + m_contactWidth + 3 * kColumnGap;
    m_nameWidth = m_width - fixed - resultWidth - kColumnGap;
    // Names come first: with a long legend the tick boxes move to the answer line instead.
    m_resultBoxesInRow = m_nameWidth >= 150 * kPt;
    if (!m_resultBoxesInRow)
        m_nameWidth = m_width - fixed;
    m_nameX = kIndent;
    m_ageX = m_nameX + m_nameWidth + kColumnGap;
    m_supportX = m_ageX + m_ageWidth + kColumnGap;
    m_contactX = m_supportX + m_supportWidth + kColumnGap;
    m_resultX = m_contactX + m_contactWidth + kColumnGap;
}

void SheetGeometry::layOutAnswerTokens()
{
    // The answer line: tick boxes (when they do not fit the name line), the support scale and one group of
    // options per question, wrapped like words. A label stays on the line of its first option.
    struct Unit
    {
        QList<Token> tokens;
        double width = 0;
    };
    QList<Unit> units;
    auto add = [&](Token::Kind kind, const QString& value, bool glueToPrevious) {
        double width = 0;
        switch (kind) {
        case Token::Label:
            width = textWidth(m_smallBoldFont, value) + 4 * kPt;
            break;
        case Token::Option:
            width = textWidth(m_smallFont, value) + 11 * kPt; // room to circle it
            break;
        case Token::Box:
            width = kBox + 2.5 * kPt + textWidth(m_smallBoldFont, value) + 7 * kPt;
            break;
        }
        if (!glueToPrevious || units.isEmpty())
            units.append(Unit {});
        Token token;
        token.kind = kind;
        token.text = value;
        token.x = units.last().width;
        units.last().tokens.append(token);
        units.last().width += width;
    };
    constexpr double kGroupGap = 9 * kPt;
    QList<int> groupStarts; // units that open a group get extra space before them
    if (!m_resultBoxesInRow) {
        groupStarts.append(int(units.size()));
        for (const SheetResultCode& code : m_content.resultCodes)
            add(Token::Box, code.code, false);
    }
    groupStarts.append(int(units.size()));
    add(Token::Label, QCoreApplication::translate("terrain::WalkSheetRenderer", "Support"), false);
    for (int level = 1; level <= 5; ++level)
        add(Token::Option, QString::number(level), level == 1);
    for (qsizetype q = 0; q < m_content.questions.size(); ++q) {
        groupStarts.append(int(units.size()));
        add(Token::Label, QCoreApplication::translate("terrain::WalkSheetRenderer", "Q%1").arg(q + 1), false);
        const QStringList& options = m_content.questions.at(q).options;
        for (qsizetype o = 0; o < options.size(); ++o)
            add(Token::Option, options.at(o), o == 0);
    }

    m_tokens.clear();
    double x = m_nameX;
    int lineIndex = 0;
    for (qsizetype u = 0; u < units.size(); ++u) {
        const Unit& unit = units.at(u);
        if (groupStarts.contains(int(u)) && x > m_nameX)
            x += kGroupGap;
        if (x > m_nameX && x + unit.width > m_width) {
            ++lineIndex;
            x = m_nameX;
        }
        for (Token token : unit.tokens) {
            token.x += x;
            token.line = lineIndex;
            m_tokens.append(token);
        }
        x += unit.width;
    }
    m_tokenLines = lineIndex + 1;

    m_nameLineHeight = lineHeight(m_nameFont);
    m_tokenLineHeight = lineHeight(m_smallFont) + 1.5 * kPt;
    m_personHeight = kPersonPadTop + m_nameLineHeight + 1 * kPt + m_tokenLines * m_tokenLineHeight + kPersonPadBottom;
    m_groupTitleHeight = 4 * kPt + lineHeight(m_groupFont) + 1 * kPt;
}

void SheetGeometry::paginate()
{
    const double footerHeight = 4 * kPt + 3 * kPt + lineHeight(m_smallBoldFont);
    m_bodyBottom = m_height - footerHeight;
    const double headings = paintColumnHeadings(nullptr, 0);
    m_firstBodyTop = paintLegend(nullptr, paintHeader(nullptr)) + headings;
    m_bodyTop = paintRunningHeader(nullptr) + headings;

    m_pages.clear();
    m_pages.emplaceBack();
    double y = m_firstBodyTop;
    auto newPage = [&] {
        m_pages.emplaceBack();
        y = m_bodyTop;
    };
    const double fullPage = m_bodyBottom - m_bodyTop;
    for (int g = 0; g < int(m_content.groups.size()); ++g) {
        const Group& group = m_content.groups.at(g);
        const double height = groupHeight(group);
        if (y + height > m_bodyBottom && (!m_pages.last().isEmpty() || (m_pages.size() == 1 && height <= fullPage)))
            newPage();
        if (y + height <= m_bodyBottom || group.people.isEmpty()) {
            m_pages.last().append(Placement { g, 0, int(group.people.size()), false, y });
            y += height;
            continue;
        }
        // Taller than a whole page (unrealistic): it starts on a fresh page and continues on the next ones.
        int person = 0;
        bool continued = false;
        while (person < group.people.size()) {
            const int fits = int(std::floor((m_bodyBottom - y - m_groupTitleHeight) / m_personHeight));
            const int count = std::clamp(fits, 1, int(group.people.size()) - person);
            m_pages.last().append(Placement { g, person, count, continued, y });
            y += m_groupTitleHeight + count * m_personHeight;
            person += count;
            if (person < group.people.size()) {
                newPage();
                continued = true;
            }
        }
    }

    m_pagination.pages.clear();
    int next = 0;
    for (const QList<Placement>& placements : std::as_const(m_pages)) {
        SheetPage page;
        page.firstGroup = placements.isEmpty() ? next : placements.first().group;
        page.groupCount = int(placements.size());
        page.continued = !placements.isEmpty() && placements.first().continued;
        if (!placements.isEmpty())
            next = placements.last().group + 1;
        m_pagination.pages.append(page);
    }
}

double SheetGeometry::paintHeader(QPainter* painter) const
{
    const SheetHeader& header = m_content.header;
    const double textWidthAvailable = m_width - kQrSize - 4 * kPt;
    double y = 0;
    if (painter)
        text(*painter, m_titleFont, QRectF(0, y, textWidthAvailable, lineHeight(m_titleFont)), Qt::AlignLeft, title());
    y += lineHeight(m_titleFont) + 1 * kPt;
    if (!header.listName.isEmpty())
        y += wrapped(painter, m_subtitleFont, QRectF(0, y, textWidthAvailable, 0), header.listName, Qt::black)
            + 3 * kPt;
    y += 2 * kPt;

    const int groups = int(m_content.groups.size());
    int people = 0;
    for (const Group& group : m_content.groups)
        people += int(group.people.size());
    struct Row
    {
        QString label;
        QString value;
        const QFont* font;
    };
    const QList<Row> rows = {
        { QCoreApplication::translate("terrain::WalkSheetRenderer", "List code"), header.code, &m_codeFont },
        { header.bureaux.size() > 1 ? QCoreApplication::translate("terrain::WalkSheetRenderer", "Polling stations")
                                    : QCoreApplication::translate("terrain::WalkSheetRenderer", "Polling station"),
            header.bureaux.join(QStringLiteral(", ")), &m_boldTextFont },
        { m_content.callSheet ? QCoreApplication::translate("terrain::WalkSheetRenderer", "Phone numbers")
                              : QCoreApplication::translate("terrain::WalkSheetRenderer", "Doors"),
            m_options.locale.toString(groups), &m_boldTextFont },
        { QCoreApplication::translate("terrain::WalkSheetRenderer", "People"), m_options.locale.toString(people),
            &m_boldTextFont },
        { QCoreApplication::translate("terrain::WalkSheetRenderer", "Volunteer"), header.volunteer, &m_boldTextFont },
        { QCoreApplication::translate("terrain::WalkSheetRenderer", "Printed on"),
            m_options.locale.toString(header.printedAt, QLocale::ShortFormat), &m_boldTextFont },
    };
    double labelWidth = 0;
    for (const Row& row : rows)
        labelWidth = std::max(labelWidth, textWidth(m_textFont, row.label));
    labelWidth += 6 * kPt;
    const double valueWidth = textWidthAvailable - labelWidth;
    for (const Row& row : rows) {
        const double rowHeight = std::max(lineHeight(*row.font), lineHeight(m_textFont));
        double height = rowHeight;
        if (!row.value.isEmpty()) {
            height = std::max(height, wrapped(nullptr, *row.font, QRectF(0, 0, valueWidth, 0), row.value, Qt::black));
        }
        if (painter) {
            text(*painter, m_textFont, QRectF(0, y, labelWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, row.label,
                kGray);
            if (row.value.isEmpty()) // a line to write on
                line(*painter, labelWidth, y + rowHeight - 1 * kPt, labelWidth + 160 * kPt, kLightLine, Qt::black);
            else
                wrapped(painter, *row.font,
                    QRectF(labelWidth, y + (rowHeight - lineHeight(*row.font)) / 2, valueWidth, 0), row.value,
                    Qt::black);
        }
        y += height + 1.5 * kPt;
    }
    y += 2 * kPt;
    y += wrapped(painter, m_noticeFont, QRectF(0, y, textWidthAvailable, 0),
        QCoreApplication::translate("terrain::WalkSheetRenderer",
            "Confidential: personal data collected for this campaign only. Do not copy it, do not leave it "
            "unattended, and hand it back to the campaign after the round so that it can be destroyed."),
        kGray);

    double qrBottom = 0;
    if (!header.code.isEmpty()) {
        if (painter) {
            paintQrCode(*painter, m_qrRect);
            text(*painter, m_codeFont,
                QRectF(m_qrRect.x() - 10 * kPt, m_qrRect.bottom(), m_qrRect.width() + 10 * kPt, lineHeight(m_codeFont)),
                Qt::AlignHCenter, header.code);
        }
        qrBottom = m_qrRect.bottom() + lineHeight(m_codeFont);
    }
    return std::max(y, qrBottom) + 7 * kPt;
}

double SheetGeometry::paintLegend(QPainter* painter, double y) const
{
    const double smallLine = lineHeight(m_smallFont);
    if (!m_content.resultCodes.isEmpty()) {
        y += wrapped(painter, m_smallBoldFont, QRectF(0, y, m_width, 0),
                 m_content.callSheet ? QCoreApplication::translate(
                     "terrain::WalkSheetRenderer", "Result codes: tick one when the call brought no answers")
                                     : QCoreApplication::translate("terrain::WalkSheetRenderer",
                                         "Result codes: tick one when the person was not surveyed"),
                 Qt::black)
            + 1.5 * kPt;
        double x = 0;
        for (const SheetResultCode& code : m_content.resultCodes) {
            const double width = kBox + 2.5 * kPt + textWidth(m_smallBoldFont, code.code) + 3 * kPt
                + textWidth(m_smallFont, code.label);
            if (x > 0 && x + width > m_width) {
                x = 0;
                y += smallLine + 1.5 * kPt;
            }
            double after = x;
            if (painter) {
                after = paintTickBox(*painter, x, y, smallLine, code.code) + 3 * kPt;
                text(*painter, m_smallFont, QRectF(after, y, m_width - after, smallLine),
                    Qt::AlignLeft | Qt::AlignVCenter, code.label);
            }
            x += width + 12 * kPt;
        }
        y += smallLine + 4 * kPt;
    }

    const QString supportLabel
        = QCoreApplication::translate("terrain::WalkSheetRenderer", "Support") + QStringLiteral(": ");
    const double supportLabelWidth = textWidth(m_smallBoldFont, supportLabel);
    if (painter)
        text(*painter, m_smallBoldFont, QRectF(0, y, supportLabelWidth + kPt, smallLine), Qt::AlignLeft, supportLabel);
    y += wrapped(painter, m_smallFont, QRectF(supportLabelWidth, y, m_width - supportLabelWidth, 0),
             QCoreApplication::translate("terrain::WalkSheetRenderer",
                 "1 strong support, 2 leaning support, 3 undecided, 4 leaning against, 5 strong against. "
                 "Circle the level the person gives."),
             Qt::black)
        + 4 * kPt;

    if (!m_content.script.isEmpty()) {
        y += wrapped(painter, m_smallBoldFont, QRectF(0, y, m_width, 0),
                 QCoreApplication::translate("terrain::WalkSheetRenderer", "Script"), Qt::black)
            + 1 * kPt;
        y += wrapped(painter, makeFont(9, false, true), QRectF(kIndent, y, m_width - kIndent, 0), m_content.script,
                 Qt::black)
            + 4 * kPt;
    }

    if (!m_content.questions.isEmpty()) {
        y += wrapped(painter, m_smallBoldFont, QRectF(0, y, m_width, 0),
                 QCoreApplication::translate("terrain::WalkSheetRenderer", "Questions: circle the answer"), Qt::black)
            + 1 * kPt;
        const double labelWidth = textWidth(m_smallBoldFont, QStringLiteral("Q88")) + 4 * kPt;
        for (qsizetype q = 0; q < m_content.questions.size(); ++q) {
            const SheetQuestion& question = m_content.questions.at(q);
            if (painter)
                text(*painter, m_smallBoldFont, QRectF(kIndent, y, labelWidth, smallLine), Qt::AlignLeft,
                    QCoreApplication::translate("terrain::WalkSheetRenderer", "Q%1").arg(q + 1));
            QString body = question.text;
            if (!question.options.isEmpty())
                body += QStringLiteral("  (") + question.options.join(QStringLiteral(" / ")) + QLatin1Char(')');
            y += wrapped(painter, m_smallFont, QRectF(kIndent + labelWidth, y, m_width - kIndent - labelWidth, 0), body,
                     Qt::black)
                + 1.5 * kPt;
        }
        y += 2.5 * kPt;
    }
    return y + 3 * kPt;
}

double SheetGeometry::paintRunningHeader(QPainter* painter) const
{
    const double height = lineHeight(m_smallBoldFont);
    if (painter) {
        QString left = title();
        if (!m_content.header.listName.isEmpty())
            left += QStringLiteral(" \u2014 ") + m_content.header.listName;
        text(*painter, m_smallBoldFont, QRectF(0, 0, m_width * 0.7, height), Qt::AlignLeft, left);
        text(*painter, m_smallFont, QRectF(m_width * 0.7, 0, m_width * 0.3, height), Qt::AlignRight,
            m_options.locale.toString(m_content.header.printedAt, QLocale::ShortFormat), kGray);
        line(*painter, 0, height + 2 * kPt, m_width, kLightLine, kLightGray);
    }
    return height + 6 * kPt;
}

double SheetGeometry::paintColumnHeadings(QPainter* painter, double y) const
{
    const double height = lineHeight(m_tinyFont);
    if (painter) {
        const int flags = Qt::AlignLeft | Qt::AlignBottom;
        text(*painter, m_tinyFont, QRectF(m_nameX, y, m_nameWidth, height), flags,
            QCoreApplication::translate("terrain::WalkSheetRenderer", "Name"), kGray);
        text(*painter, m_tinyFont, QRectF(m_ageX, y, m_ageWidth, height), flags,
            QCoreApplication::translate("terrain::WalkSheetRenderer", "Age"), kGray);
        text(*painter, m_tinyFont, QRectF(m_supportX, y, m_supportWidth, height), Qt::AlignHCenter | Qt::AlignBottom,
            QCoreApplication::translate("terrain::WalkSheetRenderer", "Prev. support"), kGray);
        text(*painter, m_tinyFont, QRectF(m_contactX, y, m_contactWidth, height), flags,
            QCoreApplication::translate("terrain::WalkSheetRenderer", "Last contact"), kGray);
        if (m_resultBoxesInRow)
            text(*painter, m_tinyFont, QRectF(m_resultX, y, m_width - m_resultX, height), flags,
                QCoreApplication::translate("terrain::WalkSheetRenderer", "Result"), kGray);
    }
    return y + height + 1.5 * kPt;
}

void SheetGeometry::paintFooter(QPainter& painter, int page) const
{
    const double top = m_bodyBottom + 4 * kPt;
    const double height = lineHeight(m_smallBoldFont);
    line(painter, 0, top, m_width, kLightLine, kLightGray);
    const double y = top + 3 * kPt;
    const QString code
        = QCoreApplication::translate("terrain::WalkSheetRenderer", "Code %1").arg(m_content.header.code);
    const QString pageText = QCoreApplication::translate("terrain::WalkSheetRenderer", "Page %1 / %2")
                                 .arg(page + 1)
                                 .arg(m_pagination.pageCount());
    const double side = std::max(textWidth(m_smallBoldFont, code), textWidth(m_smallBoldFont, pageText)) + 2 * kPt;
    text(painter, m_smallBoldFont, QRectF(0, y, side, height), Qt::AlignLeft | Qt::AlignVCenter, code);
    text(painter, m_tinyFont, QRectF(side + 6 * kPt, y, m_width - 2 * side - 12 * kPt, height),
        Qt::AlignCenter | Qt::AlignVCenter,
        m_content.header.listName + QStringLiteral(" \u00b7 ")
            + QCoreApplication::translate("terrain::WalkSheetRenderer", "Confidential"),
        kGray);
    text(
        painter, m_smallBoldFont, QRectF(m_width - side, y, side, height), Qt::AlignRight | Qt::AlignVCenter, pageText);
}

void SheetGeometry::paintPage(QPainter& painter, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    painter.save();
    if (page == 0) {
        paintLegend(&painter, paintHeader(&painter));
        paintColumnHeadings(&painter, m_firstBodyTop - paintColumnHeadings(nullptr, 0));
    } else {
        paintRunningHeader(&painter);
        paintColumnHeadings(&painter, m_bodyTop - paintColumnHeadings(nullptr, 0));
    }
    const QList<Placement>& placements = m_pages.at(page);
    for (const Placement& placement : placements)
        paintGroup(painter, placement);
    if (!placements.isEmpty()) {
        const Placement& last = placements.last();
        line(painter, 0, last.y + m_groupTitleHeight + last.personCount * m_personHeight, m_width, kHeavyLine,
            Qt::black);
    } else if (m_content.groups.isEmpty()) {
        text(painter, m_textFont, QRectF(0, m_firstBodyTop + 4 * kPt, m_width, lineHeight(m_textFont)), Qt::AlignLeft,
            m_content.callSheet
                ? QCoreApplication::translate("terrain::WalkSheetRenderer", "No phone numbers in this list.")
                : QCoreApplication::translate("terrain::WalkSheetRenderer", "No doors in this list."),
            kGray);
    }
    paintFooter(painter, page);
    painter.restore();
}

void SheetGeometry::paintGroup(QPainter& painter, const Placement& placement) const
{
    const Group& group = m_content.groups.at(placement.group);
    line(painter, 0, placement.y, m_width, kHeavyLine, Qt::black);
    const double titleTop = placement.y + 4 * kPt;
    const double titleHeight = lineHeight(m_groupFont);
    const QFontMetricsF titleMetrics(m_groupFont);
    const QString titleText = titleMetrics.elidedText(group.title, Qt::ElideRight, m_width * 0.6);
    const double titleWidth = titleMetrics.horizontalAdvance(titleText);
    text(painter, m_groupFont, QRectF(0, titleTop, titleWidth + kPt, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
        titleText);
    QString detail = group.detail;
    if (placement.continued)
        detail += (detail.isEmpty() ? QString() : QStringLiteral("  "))
            + QCoreApplication::translate("terrain::WalkSheetRenderer", "(continued)");
    if (!detail.isEmpty()) {
        const double x = titleWidth + 8 * kPt;
        text(painter, m_textFont, QRectF(x, titleTop, m_width - x, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
            detail);
    }
    for (int k = 0; k < placement.personCount; ++k) {
        const double y = placement.y + m_groupTitleHeight + k * m_personHeight;
        paintPerson(painter, group.people.at(placement.firstPerson + k), y, k == 0);
    }
}

void SheetGeometry::paintPerson(QPainter& painter, const SheetPerson& person, double y, bool first) const
{
    if (!first)
        line(painter, kIndent, y, m_width, kLightLine, kLightGray);
    const double top = y + kPersonPadTop;
    const double h = m_nameLineHeight;
    const int flags = Qt::AlignLeft | Qt::AlignVCenter;
    text(painter, m_nameFont, QRectF(m_nameX, top, m_nameWidth, h), flags, person.displayName);

    QString age = person.age >= 0 ? m_options.locale.toString(person.age) : QString();
    if (!person.sex.isEmpty())
        age += (age.isEmpty() ? QString() : QStringLiteral(" ")) + person.sex;
    text(painter, m_smallFont, QRectF(m_ageX, top, m_ageWidth, h), flags, age);

    const bool knownSupport = person.previousSupport >= 1 && person.previousSupport <= 5;
    text(painter, knownSupport ? m_boldTextFont : m_smallFont, QRectF(m_supportX, top, m_supportWidth, h),
        Qt::AlignHCenter | Qt::AlignVCenter,
        knownSupport ? QString::number(person.previousSupport) : QStringLiteral("\u2013"),
        knownSupport ? Qt::black : kLightGray);

    QString contact;
    if (person.lastContactDate.isValid())
        contact = formatDate(person.lastContactDate);
    if (!person.lastContactResult.isEmpty())
        contact += (contact.isEmpty() ? QString() : QStringLiteral(" ")) + person.lastContactResult;
    text(painter, m_smallFont, QRectF(m_contactX, top, m_contactWidth, h), flags, contact);

    if (m_resultBoxesInRow) {
        double x = m_resultX;
        for (const SheetResultCode& code : m_content.resultCodes)
            x = paintTickBox(painter, x, top, h, code.code) + 7 * kPt;
    }

    const double tokensTop = top + h + 1 * kPt;
    for (const Token& token : m_tokens) {
        const double ty = tokensTop + token.line * m_tokenLineHeight;
        const double th = m_tokenLineHeight;
        switch (token.kind) {
        case Token::Label:
            text(painter, m_smallBoldFont, QRectF(token.x, ty, m_width - token.x, th), flags, token.text, kGray);
            break;
        case Token::Option:
            text(painter, m_smallFont, QRectF(token.x, ty, m_width - token.x, th), flags, token.text);
            break;
        case Token::Box:
            paintTickBox(painter, token.x, ty, th, token.text);
            break;
        }
    }
}

double SheetGeometry::paintTickBox(QPainter& painter, double x, double y, double height, const QString& letter) const
{
    painter.setPen(QPen(Qt::black, 0.7 * kPt));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(x, y + (height - kBox) / 2, kBox, kBox));
    const double letterX = x + kBox + 2.5 * kPt;
    const double width = textWidth(m_smallBoldFont, letter);
    text(painter, m_smallBoldFont, QRectF(letterX, y, width + kPt, height), Qt::AlignLeft | Qt::AlignVCenter, letter);
    return letterX + width;
}

void SheetGeometry::paintQrCode(QPainter& painter, const QRectF& rect) const
{
    const QByteArray data = m_content.header.code.toUtf8();
    QRcode* code = QRcode_encodeString8bit(data.constData(), 0, QR_ECLEVEL_M);
    if (!code)
        return;
    const int size = code->width;
    // A quiet zone of four modules on every side, as the standard asks: scanners need it.
    const double module = std::min(rect.width(), rect.height()) / (size + 8);
    const QPointF origin = rect.topLeft() + QPointF(4 * module, 4 * module);
    // Runs of dark modules merged into one path: no hairline seams between squares in PDF viewers.
    QPainterPath path;
    for (int row = 0; row < size; ++row) {
        int col = 0;
        while (col < size) {
            if (!(code->data[row * size + col] & 1)) {
                ++col;
                continue;
            }
            const int start = col;
            while (col < size && (code->data[row * size + col] & 1))
                ++col;
            path.addRect(
                QRectF(origin.x() + start * module, origin.y() + row * module, (col - start) * module, module));
        }
    }
    QRcode_free(code);
    path.setFillRule(Qt::WindingFill);
    painter.fillPath(path, Qt::black);
}

} // namespace terrain
