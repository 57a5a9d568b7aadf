#include "ui/people/mergedialog.h"

#include "people/personservice.h"
#include "ui/labels.h"

#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace terrain {

namespace {

// The rows of the comparison: a label and how to read it from a record.
QList<std::pair<QString, QString>> describe(const PersonDetail& d)
{
    QStringList phones;
    for (const PhoneEntry& p : d.phones)
        phones << (p.e164.isEmpty() ? p.raw : Labels::phone(p.e164));
    QStringList emails;
    for (const EmailEntry& e : d.emails)
        emails << e.address;
    QStringList tags;
    for (const TagEntry& t : d.tags)
        tags << t.name;
    QStringList dnc;
    if (d.doNotContact.door)
        dnc << Labels::channel(QStringLiteral("door"));
    if (d.doNotContact.phone)
        dnc << Labels::channel(QStringLiteral("phone"));
    if (d.doNotContact.sms)
        dnc << Labels::channel(QStringLiteral("sms"));
    if (d.doNotContact.email)
        dnc << Labels::channel(QStringLiteral("email"));
    QStringList addressParts{d.addressLine};
    if (!d.unit.isEmpty())
        addressParts << d.unit;
    const QString address = addressParts.join(QStringLiteral(", "));
    return {
        {MergeDialog::tr("Name"), d.displayName},
        {MergeDialog::tr("First names"), d.firstNames},
        {MergeDialog::tr("Birth date"), Labels::isoDate(d.birthDate)},
        {MergeDialog::tr("Address"), d.addressLine.isEmpty() ? QString() : address},
        {MergeDialog::tr("Bureau"), d.bureauCode},
        {MergeDialog::tr("No. on the list"), d.listNumber},
        {MergeDialog::tr("Status"), Labels::status(d.status)},
        {MergeDialog::tr("Support"), d.support > 0 ? Labels::support(d.support) : QString()},
        {MergeDialog::tr("Phones"), phones.join(QStringLiteral(", "))},
        {MergeDialog::tr("Emails"), emails.join(QStringLiteral(", "))},
        {MergeDialog::tr("Tags"), tags.join(QStringLiteral(", "))},
        {MergeDialog::tr("Do not contact"), dnc.join(QStringLiteral(", "))},
        {MergeDialog::tr("Contacts"), QString::number(d.contacts.size())},
        {MergeDialog::tr("Notes"), d.notes},
    };
}

} // namespace

MergeDialog::MergeDialog(PersonService& people, qint64 first, qint64 second, QWidget* parent)
    : QDialog(parent), m_people(people), m_keep(first), m_drop(second)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge two records of one person"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The record kept takes what the other one knows and the other one is deleted. "
                                "This cannot be undone."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTreeWidget(this);
    m_table->setObjectName(QStringLiteral("mergePreview"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({QString(), tr("Kept"), tr("Deleted"), tr("After the merge")});
    layout->addWidget(m_table, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setStyleSheet(QStringLiteral("color: #c5221f;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Merge"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmMergeButton"));
    QPushButton* swapButton = buttons->addButton(tr("Keep the other one"), QDialogButtonBox::ActionRole);
    swapButton->setObjectName(QStringLiteral("swapButton"));
    connect(swapButton, &QPushButton::clicked, this, &MergeDialog::swap);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    refresh();
    // Wide enough to show the three records side by side (a long address in one would cut the
    // merged phones off in the last column), within the screen.
    int columns = 0;
    for (int column = 0; column < m_table->columnCount(); ++column) {
        int width = m_table->header()->sectionSizeHint(column);
        for (int row = 0; row < m_table->topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = m_table->topLevelItem(row);
            width = std::max(width, QFontMetrics(item->font(column)).horizontalAdvance(item->text(column)) + 12);
        }
        columns += width;
    }
    const QScreen* shown = parent ? parent->screen() : screen();
    const int available = shown ? shown->availableGeometry().width() * 9 / 10 : 1200;
    resize(std::clamp(columns + 60, 860, std::max(860, available)), 460);
}

void MergeDialog::swap()
{
    std::swap(m_keep, m_drop);
    refresh();
}

void MergeDialog::refresh()
{
    m_table->clear();
    auto keep = m_people.load(m_keep);
    auto drop = m_people.load(m_drop);
    auto after = m_people.previewMerge(m_keep, m_drop);
    const Error* error = !keep ? &keep.error() : !drop ? &drop.error() : !after ? &after.error() : nullptr;
    m_ready = error == nullptr;
    if (error) {
        m_error->setText(error->message);
        m_error->show();
        return;
    }
    m_error->hide();
    const auto a = describe(*keep);
    const auto b = describe(*drop);
    const auto c = describe(*after);
    for (qsizetype i = 0; i < a.size(); ++i) {
        auto* item = new QTreeWidgetItem(m_table, {a.at(i).first, a.at(i).second, b.at(i).second, c.at(i).second});
        QFont bold = item->font(3);
        bold.setBold(c.at(i).second != a.at(i).second);
        item->setFont(3, bold);
    }
    m_table->header()->resizeSections(QHeaderView::ResizeToContents);
}

void MergeDialog::accept()
{
    if (!m_ready)
        return;
    auto merged = m_people.merge(m_keep, m_drop);
    if (!merged) {
        m_error->setText(merged.error().message);
        m_error->setToolTip(merged.error().detail);
        m_error->show();
        return;
    }
    m_merged = std::move(*merged);
    QDialog::accept();
}

} // namespace terrain
