// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportTaxonomy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <cmath>
#include <utility>

// Resources compiled into a static library are only registered once their
// initialiser has run, and Q_INIT_RESOURCE must be used outside any namespace.
static void initCoveSafetyResources()
{
    Q_INIT_RESOURCE(cove_safety_data);
}

namespace cove::safety {

using namespace Qt::StringLiterals;

namespace {

constexpr int kSupportedVersion = 1;
constexpr int kMostSevere = 1;
constexpr int kLeastSevere = 5;

// The four strings every category has in every language, as JSON keys.
constexpr QLatin1StringView kLabelKey{"label"};
constexpr QLatin1StringView kDescriptionKey{"description"};
constexpr QLatin1StringView kChildLabelKey{"childLabel"};
constexpr QLatin1StringView kChildDescriptionKey{"childDescription"};

bool isValidId(const QString &id)
{
    if (id.isEmpty())
        return false;
    for (const QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || c == u'_'))
            return false;
    }
    return true;
}

// A JSON number that is exactly an integer (2.0 yes, 2.5 and "2" no).
bool integerValue(const QJsonValue &v, int &out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::trunc(d) != d || d < -1e9 || d > 1e9)
        return false;
    out = static_cast<int>(d);
    return true;
}

QString baseLanguage(const QString &code)
{
    const qsizetype cut = code.indexOf(u'_');
    return cut < 0 ? code : code.left(cut);
}

} // namespace

Expected<ReportTaxonomy, QString> ReportTaxonomy::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QString(u"malformed JSON at offset "_s % QString::number(parseError.offset) %
                       u": "_s % parseError.errorString());
    if (!doc.isObject())
        return u"the document is not a JSON object"_s;
    const QJsonObject root = doc.object();

    int version = 0;
    if (!integerValue(root.value("version"_L1), version))
        return u"\"version\" is missing or not an integer"_s;
    if (version != kSupportedVersion)
        return QString(u"unsupported version "_s % QString::number(version) % u" (expected "_s %
                       QString::number(kSupportedVersion) % u')');

    ReportTaxonomy taxonomy;

    const QJsonValue languagesValue = root.value("languages"_L1);
    if (!languagesValue.isArray() || languagesValue.toArray().isEmpty())
        return u"\"languages\" is missing or not a non-empty array"_s;
    for (const QJsonValue &v : languagesValue.toArray()) {
        const QString code = v.toString();
        if (!v.isString() || code.isEmpty() || code.contains(u'-'))
            return u"\"languages\" holds an entry that is not a language code like \"pt\" or "
                   u"\"zh_CN\""_s;
        if (taxonomy.m_languages.contains(code))
            return QString(u"language \""_s % code % u"\" is listed twice"_s);
        taxonomy.m_languages.append(code);
    }
    if (!taxonomy.m_languages.contains(kFallbackLanguage))
        return u"\"languages\" does not list \"en\", the fallback language"_s;

    const QJsonValue categoriesValue = root.value("categories"_L1);
    if (!categoriesValue.isArray() || categoriesValue.toArray().isEmpty())
        return u"\"categories\" is missing or not a non-empty array"_s;

    const QJsonArray categories = categoriesValue.toArray();
    for (qsizetype i = 0; i < categories.size(); ++i) {
        const QString where = u"category #"_s % QString::number(i);
        if (!categories.at(i).isObject())
            return QString(where % u" is not an object"_s);
        const QJsonObject cat = categories.at(i).toObject();

        const QString id = cat.value("id"_L1).toString();
        if (!isValidId(id))
            return QString(where % u": id \""_s % id % u"\" is empty or not [a-z_]+"_s);
        if (taxonomy.m_text.contains(id))
            return QString(u"duplicate category id \""_s % id % u'"');

        int severity = 0;
        if (!integerValue(cat.value("severity"_L1), severity))
            return QString(u"category \""_s % id % u"\": severity is missing or not an integer"_s);
        if (severity < kMostSevere || severity > kLeastSevere)
            return QString(u"category \""_s % id % u"\": severity "_s % QString::number(severity) %
                           u" is outside 1..5"_s);

        const QJsonValue textValue = cat.value("text"_L1);
        if (!textValue.isObject())
            return QString(u"category \""_s % id % u"\": \"text\" is missing or not an object"_s);
        const QJsonObject textByLanguage = textValue.toObject();
        for (auto it = textByLanguage.constBegin(); it != textByLanguage.constEnd(); ++it) {
            if (!taxonomy.m_languages.contains(it.key()))
                return QString(u"category \""_s % id % u"\": text for unlisted language \""_s %
                               it.key() % u'"');
        }

        QHash<QString, Text> texts;
        for (const QString &language : std::as_const(taxonomy.m_languages)) {
            const QString at = u"category \""_s % id % u"\", language \""_s % language % u'"';
            const QJsonValue perLanguage = textByLanguage.value(language);
            if (!perLanguage.isObject())
                return QString(at % u": strings are missing"_s);
            const QJsonObject strings = perLanguage.toObject();
            Text text;
            const std::pair<QLatin1StringView, QString *> fields[] = {
                {kLabelKey, &text.label},
                {kDescriptionKey, &text.description},
                {kChildLabelKey, &text.childLabel},
                {kChildDescriptionKey, &text.childDescription},
            };
            for (const auto &[key, target] : fields) {
                const QString value = strings.value(key).toString();
                if (value.trimmed().isEmpty())
                    return QString(at % u": \""_s % key % u"\" is missing or empty"_s);
                // Category strings are shown as they are; a '%' would be a
                // placeholder nobody fills in.
                if (value.contains(u'%'))
                    return QString(at % u": \""_s % key % u"\" contains '%'"_s);
                *target = value;
            }
            texts.insert(language, text);
        }

        taxonomy.m_categories.append(ReportCategory{id, severity});
        taxonomy.m_text.insert(id, texts);
    }

    return taxonomy;
}

const ReportTaxonomy &ReportTaxonomy::builtIn()
{
    // A function-local static: parsed once, on first use, thread-safely.
    static const ReportTaxonomy taxonomy = [] {
        initCoveSafetyResources();
        QFile file(u":/cove/safety/report-categories.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cove_safety: the built-in report taxonomy resource is missing");
        auto parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("cove_safety: the built-in report taxonomy is invalid: %s",
                   qUtf8Printable(parsed.error()));
        return std::move(parsed).value();
    }();
    return taxonomy;
}

const QList<ReportCategory> &ReportTaxonomy::categories() const
{
    return m_categories;
}

const ReportCategory *ReportTaxonomy::find(const QString &id) const
{
    for (const ReportCategory &category : m_categories) {
        if (category.id == id)
            return &category;
    }
    return nullptr;
}

QString ReportTaxonomy::label(const QString &id, const QString &language, Wording wording) const
{
    const Text *t = text(id, language);
    if (!t)
        return {};
    return wording == Wording::Child ? t->childLabel : t->label;
}

QString ReportTaxonomy::description(const QString &id, const QString &language,
                                    Wording wording) const
{
    const Text *t = text(id, language);
    if (!t)
        return {};
    return wording == Wording::Child ? t->childDescription : t->description;
}

QStringList ReportTaxonomy::languages() const
{
    return m_languages;
}

QString ReportTaxonomy::resolveLanguage(const QString &language) const
{
    QString code = language;
    code.replace(u'-', u'_');
    if (m_languages.contains(code))
        return code;
    const QString base = baseLanguage(code);
    if (base.isEmpty())
        return kFallbackLanguage;
    if (m_languages.contains(base))
        return base;
    // "zh" or "zh_TW" when only "zh_CN" is shipped: the first listed variant.
    for (const QString &listed : m_languages) {
        if (baseLanguage(listed) == base)
            return listed;
    }
    return kFallbackLanguage;
}

const ReportTaxonomy::Text *ReportTaxonomy::text(const QString &id, const QString &language) const
{
    const auto byLanguage = m_text.constFind(id);
    if (byLanguage == m_text.constEnd())
        return nullptr;
    const auto it = byLanguage->constFind(resolveLanguage(language));
    // fromJson guarantees every listed language, so this only fails for a
    // default-constructed taxonomy, which callers cannot make.
    return it == byLanguage->constEnd() ? nullptr : &*it;
}

} // namespace cove::safety
