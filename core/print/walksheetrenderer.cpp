#include "walksheetrenderer.h"

#include "print/sheetgeometry.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace terrain {

namespace {

Q_LOGGING_CATEGORY(lcPrint, "terrain.print", QtInfoMsg)

SheetGeometry::Content walkContent(const WalkSheet& sheet)
{
    SheetGeometry::Content content;
    content.header = sheet.header;
    content.resultCodes = sheet.resultCodes;
    content.script = sheet.script;
    content.questions = sheet.questions;
    content.groups.reserve(sheet.doors.size());
    for (const SheetDoor& door : sheet.doors)
        content.groups.append(SheetGeometry::Group { door.address, door.unit, door.people });
    return content;
}

SheetGeometry::Content callContent(const CallSheet& sheet)
{
    SheetGeometry::Content content;
    content.callSheet = true;
    content.header = sheet.header;
    content.resultCodes = sheet.resultCodes;
    content.script = sheet.script;
    content.questions = sheet.questions;
    content.groups.reserve(sheet.entries.size());
    for (const SheetCallEntry& entry : sheet.entries)
        content.groups.append(SheetGeometry::Group { entry.phone, entry.phoneType, entry.people });
    return content;
}

} // namespace

int SheetPagination::pageOfGroup(int group) const
{
    for (int page = 0; page < pages.size(); ++page) {
        const SheetPage& p = pages.at(page);
        const bool startsHere = group >= p.firstGroup + (p.continued ? 1 : 0) && group < p.firstGroup + p.groupCount;
        if (startsHere)
            return page;
    }
    return -1;
}

struct WalkSheetRenderer::Impl
{
    SheetGeometry geometry;
};

WalkSheetRenderer::WalkSheetRenderer(const WalkSheet& sheet, const PrintOptions& options)
    : d(std::make_unique<Impl>(Impl { SheetGeometry(walkContent(sheet), options) }))
{
}

WalkSheetRenderer::WalkSheetRenderer(const CallSheet& sheet, const PrintOptions& options)
    : d(std::make_unique<Impl>(Impl { SheetGeometry(callContent(sheet), options) }))
{
}

WalkSheetRenderer::~WalkSheetRenderer() = default;

QPageLayout WalkSheetRenderer::pageLayout() const
{
    return d->geometry.pageLayout();
}

const SheetPagination& WalkSheetRenderer::pagination() const
{
    return d->geometry.pagination();
}

QRectF WalkSheetRenderer::qrCodeRect() const
{
    return d->geometry.qrCodeRect();
}

void WalkSheetRenderer::paintPage(QPainter& painter, int page) const
{
    d->geometry.paintPage(painter, page);
}

Status WalkSheetRenderer::render(QPagedPaintDevice& device) const
{
    // The layout was made for this paper and these margins; a device that refuses them (a printer whose
    // hardware margins are wider) would clip the sheet, so say so rather than print it cut.
    if (!device.setPageLayout(d->geometry.pageLayout()))
        return makeError(QStringLiteral("print.page_layout"),
            QCoreApplication::translate(
                "terrain::WalkSheetRenderer", "The printer does not accept this paper size or these margins."));
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(QStringLiteral("print.device"),
            QCoreApplication::translate("terrain::WalkSheetRenderer", "Cannot start printing."));
    const double scaleX = device.logicalDpiX() / kUnitsPerInch;
    const double scaleY = device.logicalDpiY() / kUnitsPerInch;
    const int pages = pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return makeError(QStringLiteral("print.device"),
                QCoreApplication::translate("terrain::WalkSheetRenderer", "Cannot start a new page."),
                QStringLiteral("page %1").arg(page + 1));
        }
        painter.save();
        painter.scale(scaleX, scaleY);
        paintPage(painter, page);
        painter.restore();
    }
    if (!painter.end())
        return makeError(QStringLiteral("print.device"),
            QCoreApplication::translate("terrain::WalkSheetRenderer", "Printing did not finish."));
    return {};
}

Status WalkSheetRenderer::writePdf(const QString& path) const
{
    QSaveFile file(path);
    file.setDirectWriteFallback(false); // a failed write must never leave a truncated PDF in place
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("print.write"),
            QCoreApplication::translate("terrain::WalkSheetRenderer", "Cannot write the PDF file."),
            path + QStringLiteral(": ") + file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setCreator(QStringLiteral("Terrain"));
        writer.setTitle(d->geometry.documentTitle());
        writer.setResolution(600);
        const Status rendered = render(writer);
        if (!rendered) {
            file.cancelWriting();
            return rendered;
        }
    }
    if (!file.commit())
        return makeError(QStringLiteral("print.write"),
            QCoreApplication::translate("terrain::WalkSheetRenderer", "Cannot write the PDF file."),
            path + QStringLiteral(": ") + file.errorString());
    qCInfo(lcPrint) << "wrote" << pageCount() << "pages to" << path;
    return {};
}

Status renderWalkSheet(const WalkSheet& sheet, QPagedPaintDevice& device, const PrintOptions& options)
{
    return WalkSheetRenderer(sheet, options).render(device);
}

Status writeWalkSheetPdf(const WalkSheet& sheet, const QString& path, const PrintOptions& options)
{
    return WalkSheetRenderer(sheet, options).writePdf(path);
}

SheetPagination paginateWalkSheet(const WalkSheet& sheet, const PrintOptions& options)
{
    return WalkSheetRenderer(sheet, options).pagination();
}

Status renderCallSheet(const CallSheet& sheet, QPagedPaintDevice& device, const PrintOptions& options)
{
    return WalkSheetRenderer(sheet, options).render(device);
}

Status writeCallSheetPdf(const CallSheet& sheet, const QString& path, const PrintOptions& options)
{
    return WalkSheetRenderer(sheet, options).writePdf(path);
}

SheetPagination paginateCallSheet(const CallSheet& sheet, const PrintOptions& options)
{
    return WalkSheetRenderer(sheet, options).pagination();
}

} // namespace terrain
