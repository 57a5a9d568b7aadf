#include "ui/lists/segmenttree.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace terrain {

namespace {

constexpr int kIsGroupRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1;

using Kind = SegmentFilter::Kind;

bool isValuesKind(Kind kind)
{
    return kind == Kind::Districts || kind == Kind::Bureaux || kind == Kind::Streets || kind == Kind::Tags
           || kind == Kind::LastResult || kind == Kind::Voted || kind == Kind::NotVoted;
}

QStringList splitValues(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}

QWidget* row(QWidget* parent)
{
    auto* w = new QWidget(parent);
    auto* layout = new QHBoxLayout(w);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(6);
    return w;
}

} // namespace

SegmentTree::SegmentTree(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("segmentTree"));
    setColumnCount(2);
    setHeaderLabels({tr("Condition"), tr("Value")});
    header()->resizeSection(0, 260);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformRowHeights(false);
    clearConditions();
}

QString SegmentTree::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Bureaux:
        return tr("Bureaux");
    case Kind::Streets:
        return tr("Streets");
    case Kind::Age:
        return tr("Age");
    case Kind::Sex:
        return tr("Sex");
    case Kind::Support:
        return tr("Support level");
    case Kind::Tags:
        return tr("Tags");
    case Kind::PersonStatus:
        return tr("Status on the list");
    case Kind::HasPhone:
        return tr("Has a phone");
    case Kind::HasMobile:
        return tr("Has a mobile");
    case Kind::HasEmail:
        return tr("Has an email");
    case Kind::ContactedSince:
        return tr("Contacted since");
    case Kind::NotContactedSince:
        return tr("Not contacted since");
    case Kind::LastResult:
        return tr("Last result");
    case Kind::Voted:
        return tr("Voted in");
    case Kind::NotVoted:
        return tr("Did not vote in");
    case Kind::Districts:
        return tr("Districts");
    case Kind::All:
    case Kind::Any:
    case Kind::Not:
        break;
    }
    return {};
}

QList<Kind> SegmentTree::conditionKinds()
{
    return {Kind::Bureaux, Kind::Streets,  Kind::Age,           Kind::Sex,         Kind::Support,
            Kind::Tags,    Kind::HasPhone, Kind::HasMobile,     Kind::HasEmail,    Kind::ContactedSince,
            Kind::NotContactedSince,       Kind::LastResult,    Kind::Voted,       Kind::NotVoted,
            Kind::PersonStatus};
}

void SegmentTree::clearConditions()
{
    clear();
    QTreeWidgetItem* root = makeGroup(nullptr, Group::All);
    setCurrentItem(root);
    Q_EMIT changed();
}

QTreeWidgetItem* SegmentTree::groupFor(QTreeWidgetItem* item) const
{
    if (!item)
        return rootGroup();
    return item->data(0, kIsGroupRole).toBool() ? item : item->parent();
}

QTreeWidgetItem* SegmentTree::makeGroup(QTreeWidgetItem* parent, Group kind)
{
    auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setData(0, kIsGroupRole, true);
    item->setText(0, parent ? tr("Group") : tr("People who match"));
    auto* box = new QComboBox(this);
    box->setObjectName(QStringLiteral("value"));
    box->addItem(tr("all of these"), int(Group::All));
    box->addItem(tr("any of these"), int(Group::Any));
    box->addItem(tr("none of these"), int(Group::None));
    box->setCurrentIndex(box->findData(int(kind)));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QWidget* holder = row(this);
    holder->layout()->addWidget(box);
    static_cast<QHBoxLayout*>(holder->layout())->addStretch(1);
    setItemWidget(item, 1, holder);
    connect(box, &QComboBox::currentIndexChanged, this, &SegmentTree::changed);
    item->setExpanded(true);
    if (parent)
        parent->setExpanded(true);
    return item;
}

QTreeWidgetItem* SegmentTree::makeCondition(QTreeWidgetItem* parent, const SegmentFilter& condition)
{
    const Kind kind = condition.kind();
    auto* item = new QTreeWidgetItem(parent);
    item->setData(0, kIsGroupRole, false);
    item->setData(0, kKindRole, int(kind));
    item->setText(0, kindLabel(kind));
    QWidget* editor = row(this);
    auto* layout = static_cast<QHBoxLayout*>(editor->layout());
    if (isValuesKind(kind)) {
        auto* edit = new QLineEdit(editor);
        edit->setObjectName(QStringLiteral("value"));
        edit->setText(condition.textValues().join(QStringLiteral(", ")));
        switch (kind) {
        case Kind::Bureaux:
            edit->setPlaceholderText(tr("bureau codes, e.g. 1, 3"));
            break;
        case Kind::Streets:
            edit->setPlaceholderText(tr("street names, separated by commas"));
            break;
        case Kind::Tags:
            edit->setPlaceholderText(tr("tag names, separated by commas"));
            break;
        case Kind::LastResult:
            edit->setPlaceholderText(tr("result codes, e.g. not_home, come_back"));
            break;
        default:
            edit->setPlaceholderText(tr("the election's name"));
        }
        layout->addWidget(edit, 1);
        connect(edit, &QLineEdit::textChanged, this, &SegmentTree::changed);
    } else if (kind == Kind::Age) {
        for (const QString& name : {QStringLiteral("min"), QStringLiteral("max")}) {
            layout->addWidget(new QLabel(name == u"min" ? tr("from") : tr("to"), editor));
            auto* spin = new QSpinBox(editor);
            spin->setObjectName(name);
            spin->setRange(0, 120);
            spin->setSpecialValueText(tr("any"));
            const std::optional<int> value = name == u"min" ? condition.minAge() : condition.maxAge();
            spin->setValue(value.value_or(0));
            layout->addWidget(spin);
            connect(spin, &QSpinBox::valueChanged, this, &SegmentTree::changed);
        }
        layout->addWidget(new QLabel(tr("years"), editor));
        layout->addStretch(1);
    } else if (kind == Kind::Support) {
        const QStringList labels = {tr("Unknown"), tr("1 strong support"), tr("2"), tr("3 undecided"), tr("4"),
                                    tr("5 strong against")};
        for (int level : {1, 2, 3, 4, 5, 0}) {
            auto* box = new QCheckBox(labels.at(level), editor);
            box->setObjectName(QStringLiteral("level%1").arg(level));
            box->setChecked(condition.levels().contains(level));
            layout->addWidget(box);
            connect(box, &QCheckBox::toggled, this, &SegmentTree::changed);
        }
        layout->addStretch(1);
    } else if (kind == Kind::Sex || kind == Kind::PersonStatus || kind == Kind::HasPhone || kind == Kind::HasMobile
               || kind == Kind::HasEmail) {
        auto* box = new QComboBox(editor);
        box->setObjectName(QStringLiteral("value"));
        if (kind == Kind::Sex) {
            box->addItem(tr("Women"), QStringLiteral("F"));
            box->addItem(tr("Men"), QStringLiteral("M"));
        } else if (kind == Kind::PersonStatus) {
            box->addItem(tr("Active"), QStringLiteral("active"));
            box->addItem(tr("Moved"), QStringLiteral("moved"));
            box->addItem(tr("Deceased"), QStringLiteral("deceased"));
            box->addItem(tr("Left the list"), QStringLiteral("left"));
        } else {
            box->addItem(tr("yes"), true);
            box->addItem(tr("no"), false);
        }
        if (kind == Kind::Sex || kind == Kind::PersonStatus) {
            const int at = box->findData(condition.textValues().value(0));
            box->setCurrentIndex(at < 0 ? 0 : at);
        } else {
            box->setCurrentIndex(condition.wanted() ? 0 : 1);
        }
        layout->addWidget(box);
        layout->addStretch(1);
        connect(box, &QComboBox::currentIndexChanged, this, &SegmentTree::changed);
    } else if (kind == Kind::ContactedSince || kind == Kind::NotContactedSince) {
        auto* date = new QDateEdit(editor);
        date->setObjectName(QStringLiteral("value"));
        date->setCalendarPopup(true);
        date->setDate(condition.date().isValid() ? condition.date() : QDate::currentDate().addMonths(-1));
        layout->addWidget(date);
        layout->addStretch(1);
        connect(date, &QDateEdit::dateChanged, this, &SegmentTree::changed);
    }
    setItemWidget(item, 1, editor);
    parent->setExpanded(true);
    return item;
}

QTreeWidgetItem* SegmentTree::addCondition(Kind kind, QTreeWidgetItem* group)
{
    QTreeWidgetItem* parent = groupFor(group ? group : currentItem());
    SegmentFilter initial;
    switch (kind) {
    case Kind::Age:
        initial = SegmentFilter::age(std::nullopt, std::nullopt);
        break;
    case Kind::Support:
        initial = SegmentFilter::support({});
        break;
    case Kind::HasPhone:
    case Kind::HasMobile:
    case Kind::HasEmail:
        initial = SegmentFilter::flag(kind, true);
        break;
    case Kind::ContactedSince:
    case Kind::NotContactedSince:
        initial = SegmentFilter::contacted(kind, QDate());
        break;
    default:
        initial = SegmentFilter::values(kind, {});
    }
    QTreeWidgetItem* item = makeCondition(parent, initial);
    setCurrentItem(item);
    if (QWidget* first = editor(item)->findChild<QWidget*>(QStringLiteral("value")))
        first->setFocus();
    Q_EMIT changed();
    return item;
}

QTreeWidgetItem* SegmentTree::addGroup(Group kind, QTreeWidgetItem* group)
{
    QTreeWidgetItem* item = makeGroup(groupFor(group ? group : currentItem()), kind);
    setCurrentItem(item);
    Q_EMIT changed();
    return item;
}

void SegmentTree::removeSelected()
{
    QTreeWidgetItem* item = currentItem();
    if (!item || item == rootGroup())
        return;
    delete item;
    Q_EMIT changed();
}

void SegmentTree::fill(QTreeWidgetItem* group, const SegmentFilter& filter)
{
    for (const SegmentFilter& child : filter.children()) {
        switch (child.kind()) {
        case Kind::All:
            fill(makeGroup(group, Group::All), child);
            break;
        case Kind::Any:
            fill(makeGroup(group, Group::Any), child);
            break;
        case Kind::Not: {
            QTreeWidgetItem* none = makeGroup(group, Group::None);
            const SegmentFilter& inner = child.children().front();
            // "none of (a, b)" is shown flat: it is stored as not(all(a, b)).
            if (inner.kind() == Kind::All)
                fill(none, inner);
            else
                fill(none, SegmentFilter::all({inner}));
            break;
        }
        default:
            makeCondition(group, child);
        }
    }
}

void SegmentTree::setFilter(const SegmentFilter& filter)
{
    clear();
    if (filter.kind() == Kind::All || filter.kind() == Kind::Any) {
        fill(makeGroup(nullptr, filter.kind() == Kind::All ? Group::All : Group::Any), filter);
    } else if (filter.kind() == Kind::Not) {
        const SegmentFilter& inner = filter.children().front();
        fill(makeGroup(nullptr, Group::None), inner.kind() == Kind::All ? inner : SegmentFilter::all({inner}));
    } else {
        fill(makeGroup(nullptr, Group::All), SegmentFilter::all({filter}));
    }
    setCurrentItem(rootGroup());
    Q_EMIT changed();
}

SegmentFilter SegmentTree::read(QTreeWidgetItem* item) const
{
    QWidget* editor = itemWidget(item, 1);
    if (item->data(0, kIsGroupRole).toBool()) {
        std::vector<SegmentFilter> children;
        for (int i = 0; i < item->childCount(); ++i) {
            SegmentFilter child = read(item->child(i));
            // A condition with nothing filled in yet is left out rather than matching no one.
            if (child.kind() == Kind::All && child.children().empty() && !item->child(i)->data(0, kIsGroupRole).toBool())
                continue;
            children.push_back(std::move(child));
        }
        const auto kind = Group(editor->findChild<QComboBox*>(QStringLiteral("value"))->currentData().toInt());
        if (kind == Group::Any)
            return SegmentFilter::any(std::move(children));
        if (kind == Group::None)
            return SegmentFilter::negate(children.size() == 1 ? children.front()
                                                              : SegmentFilter::all(std::move(children)));
        return children.size() == 1 && item != rootGroup() ? children.front() : SegmentFilter::all(std::move(children));
    }
    const auto kind = Kind(item->data(0, kKindRole).toInt());
    if (isValuesKind(kind)) {
        const QStringList values = splitValues(editor->findChild<QLineEdit*>(QStringLiteral("value"))->text());
        if (values.isEmpty())
            return {};
        if (kind == Kind::Voted || kind == Kind::NotVoted)
            return SegmentFilter::values(kind, {values.join(QStringLiteral(", "))});
        return SegmentFilter::values(kind, values);
    }
    if (kind == Kind::Age) {
        const int min = editor->findChild<QSpinBox*>(QStringLiteral("min"))->value();
        const int max = editor->findChild<QSpinBox*>(QStringLiteral("max"))->value();
        if (min == 0 && max == 0)
            return {};
        return SegmentFilter::age(min > 0 ? std::optional<int>(min) : std::nullopt,
                                  max > 0 ? std::optional<int>(max) : std::nullopt);
    }
    if (kind == Kind::Support) {
        QList<int> levels;
        for (int level = 0; level <= 5; ++level) {
            if (editor->findChild<QCheckBox*>(QStringLiteral("level%1").arg(level))->isChecked())
                levels << level;
        }
        return levels.isEmpty() ? SegmentFilter() : SegmentFilter::support(levels);
    }
    if (kind == Kind::ContactedSince || kind == Kind::NotContactedSince)
        return SegmentFilter::contacted(kind, editor->findChild<QDateEdit*>(QStringLiteral("value"))->date());
    auto* box = editor->findChild<QComboBox*>(QStringLiteral("value"));
    if (kind == Kind::Sex || kind == Kind::PersonStatus)
        return SegmentFilter::values(kind, {box->currentData().toString()});
    return SegmentFilter::flag(kind, box->currentData().toBool());
}

SegmentFilter SegmentTree::filter() const
{
    return rootGroup() ? read(rootGroup()) : SegmentFilter();
}

} // namespace terrain
