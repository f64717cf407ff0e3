// SPDX-License-Identifier: GPL-3.0-or-later
#include "ForwardPolicy.h"
#include "ReportPolicy.h"
#include "ReportTaxonomy.h"
#include "SafetyNotice.h"
#include "SupportDirectory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace cove::safety;
using namespace Qt::StringLiterals;

namespace {

const QString kResourcePath = u":/cove/safety/report-categories.json"_s;

QByteArray builtInBytes()
{
    QFile file(kResourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// ---- A small valid taxonomy to break one way at a time ----------------------

QJsonObject strings(const QString &tag)
{
    return QJsonObject{{u"label"_s, QString(tag % u" label"_s)},
                       {u"description"_s, QString(tag % u" description."_s)},
                       {u"childLabel"_s, QString(tag % u" child label"_s)},
                       {u"childDescription"_s, QString(tag % u" child description."_s)}};
}

QJsonObject category(const QString &id, const QJsonValue &severity,
                     const QStringList &languages = {u"en"_s, u"de"_s})
{
    QJsonObject text;
    for (const QString &language : languages)
        text.insert(language, strings(language % u' ' % id));
    return QJsonObject{{u"id"_s, id}, {u"severity"_s, severity}, {u"text"_s, text}};
}

QJsonObject document(const QJsonArray &categories, const QJsonArray &languages = {u"en"_s, u"de"_s},
                     const QJsonValue &version = 1)
{
    return QJsonObject{
        {u"version"_s, version}, {u"languages"_s, languages}, {u"categories"_s, categories}};
}

QJsonObject validDocument()
{
    return document({category(u"urgent_thing"_s, 1), category(u"other"_s, 5)});
}

QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// `category` with one of its strings in one language replaced (or removed when
// `value` is undefined).
QJsonObject withString(QJsonObject cat, const QString &language, const QString &key,
                       const QJsonValue &value)
{
    QJsonObject text = cat.value("text"_L1).toObject();
    QJsonObject perLanguage = text.value(language).toObject();
    if (value.isUndefined())
        perLanguage.remove(key);
    else
        perLanguage.insert(key, value);
    text.insert(language, perLanguage);
    cat.insert(u"text"_s, text);
    return cat;
}

// ---- Evidence fixtures ------------------------------------------------------

QList<qint64> keys(qint64 first, int count)
{
    QList<qint64> out;
    for (int i = 0; i < count; ++i)
        out.append(first + i);
    return out;
}

// Expected script per non-Latin language: every string must contain it, and
// none may contain ASCII letters (which would mean English was left in).
struct ScriptRule {
    const char *language;
    QList<QChar::Script> scripts;
};

const ScriptRule kScriptRules[] = {
    {"ar", {QChar::Script_Arabic}},
    {"fa", {QChar::Script_Arabic}},
    {"ur", {QChar::Script_Arabic}},
    {"he", {QChar::Script_Hebrew}},
    {"ru", {QChar::Script_Cyrillic}},
    {"uk", {QChar::Script_Cyrillic}},
    {"hi", {QChar::Script_Devanagari}},
    {"bn", {QChar::Script_Bengali}},
    {"zh_CN", {QChar::Script_Han}},
    {"ja", {QChar::Script_Hiragana, QChar::Script_Katakana, QChar::Script_Han}},
    {"ko", {QChar::Script_Hangul}},
};

QStringList allStrings(const ReportTaxonomy &taxonomy, const QString &id, const QString &language)
{
    return {taxonomy.label(id, language), taxonomy.description(id, language),
            taxonomy.label(id, language, Wording::Child),
            taxonomy.description(id, language, Wording::Child)};
}

} // namespace

class TestSafety : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Forwarding.
    void forwardLimitsFollowTheCount();
    // Safety notices.
    void noticesComeFromMetadata();
    void guardedNoticeMustBeAnswered();
    void helpLinesByCountry();
    // The shipped taxonomy.
    void builtInLoadsFromTheLibraryResource();
    void builtInIsParsedOnce();
    void idsAndSeveritiesAreStable();
    void shippedLanguagesAreExactlyTheListedOnes();
    void resourceHasEveryLanguageAndNoOther();
    void noPercentAnywhere();
    void everyStringIsPresentAndTranslated();
    void nonLatinLanguagesAreInTheirScript();
    void labelsAreDistinctWithinEachLanguage();
    void childWordingDiffersFromAdultInEnglish();
    void constantsNameRealCategories();
    void findAndUnknownIds();
    void languageFallback_data();
    void languageFallback();

    // Validation.
    void fromJsonAcceptsAValidDocument();
    void fromJsonRejects_data();
    void fromJsonRejects();

    // Evidence.
    void defaultEvidence_data();
    void defaultEvidence();
    void addEvidenceKeepsConversationOrder();
    void addEvidenceRefusesDuplicatesAndStrangers();
    void addEvidenceStopsAtThirty();
    void removeEvidenceKeepsAtLeastOne();

    // Intake order.
    void urgencyRankPutsChildFirst();
    void moreUrgentTieBreaks();
    void moreUrgentSortsAQueue();

    // Throttling.
    void reporterThrottled_data();
    void reporterThrottled();
};

// ---- The shipped taxonomy ---------------------------------------------------

void TestSafety::builtInLoadsFromTheLibraryResource()
{
    // This executable only links the static library: if its resource were not
    // initialised, builtIn() would qFatal here.
    const ReportTaxonomy &taxonomy = ReportTaxonomy::builtIn();
    QCOMPARE(taxonomy.categories().size(), 15);
    QCOMPARE(taxonomy.languages().size(), 21);
    QVERIFY(QFile::exists(kResourcePath));

    // The same bytes parse to the same taxonomy through the public parser.
    const auto parsed = ReportTaxonomy::fromJson(builtInBytes());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    QCOMPARE(parsed->categories(), taxonomy.categories());
    QCOMPARE(parsed->languages(), taxonomy.languages());
}

void TestSafety::builtInIsParsedOnce()
{
    QCOMPARE(&ReportTaxonomy::builtIn(), &ReportTaxonomy::builtIn());
}

void TestSafety::idsAndSeveritiesAreStable()
{
    // Listed literally on purpose: ids travel in reports and are counted in
    // the transparency report, so renaming or reordering one must fail here.
    const QStringList expectedIds = {
        u"child_exploitation"_s, u"trafficking"_s, u"terrorism"_s,
        u"self_harm"_s,          u"threats"_s,     u"sexual_content"_s,
        u"harassment"_s,         u"hate"_s,        u"private_info"_s,
        u"illegal_goods"_s,      u"scam"_s,        u"impersonation"_s,
        u"false_information"_s,  u"spam"_s,        u"other"_s,
    };
    const QList<int> expectedSeverities = {1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 5, 5};

    QStringList ids;
    QList<int> severities;
    for (const ReportCategory &category : ReportTaxonomy::builtIn().categories()) {
        ids.append(category.id);
        severities.append(category.severity);
    }
    QCOMPARE(ids, expectedIds);
    QCOMPARE(severities, expectedSeverities);
}

void TestSafety::shippedLanguagesAreExactlyTheListedOnes()
{
    const QStringList expected = {u"en"_s, u"ar"_s, u"fa"_s,    u"ur"_s, u"he"_s, u"es"_s, u"pt"_s,
                                  u"fr"_s, u"de"_s, u"ru"_s,    u"uk"_s, u"tr"_s, u"hi"_s, u"bn"_s,
                                  u"id"_s, u"sw"_s, u"zh_CN"_s, u"ja"_s, u"ko"_s, u"vi"_s, u"tl"_s};
    QCOMPARE(ReportTaxonomy::builtIn().languages(), expected);
}

void TestSafety::resourceHasEveryLanguageAndNoOther()
{
    // Read the file itself, independently of the parser's own validation.
    const QJsonObject root = QJsonDocument::fromJson(builtInBytes()).object();
    QStringList listed;
    for (const QJsonValue &v : root.value("languages"_L1).toArray())
        listed.append(v.toString());
    QStringList sortedListed = listed;
    sortedListed.sort();

    const QJsonArray categories = root.value("categories"_L1).toArray();
    QCOMPARE(categories.size(), 15);
    for (const QJsonValue &v : categories) {
        const QJsonObject cat = v.toObject();
        const QString id = cat.value("id"_L1).toString();
        const QJsonObject text = cat.value("text"_L1).toObject();
        QStringList present = text.keys();
        present.sort();
        QVERIFY2(present == sortedListed, qPrintable(id));
        for (const QString &language : listed) {
            const QJsonObject s = text.value(language).toObject();
            QCOMPARE(s.keys().size(), 4);
            for (const char *key : {"label", "description", "childLabel", "childDescription"}) {
                QVERIFY2(!s.value(QLatin1StringView(key)).toString().trimmed().isEmpty(),
                         qPrintable(id % u' ' % language % u' ' % QLatin1StringView(key)));
            }
        }
    }
}

void TestSafety::noPercentAnywhere()
{
    const QByteArray raw = builtInBytes();
    QVERIFY(!raw.isEmpty());
    QCOMPARE(raw.indexOf('%'), -1);
}

void TestSafety::everyStringIsPresentAndTranslated()
{
    // Every non-English string differs from its English counterpart: an
    // identical string is an untranslated copy. No exception was needed —
    // loanwords such as "Spam" are given with a native gloss in Latin-script
    // languages ("Mensajes no deseados (spam)").
    const ReportTaxonomy &taxonomy = ReportTaxonomy::builtIn();
    for (const QString &language : taxonomy.languages()) {
        // An exact match, so the fallback cannot hide a missing language.
        QCOMPARE(taxonomy.resolveLanguage(language), language);
        for (const ReportCategory &category : taxonomy.categories()) {
            const QStringList local = allStrings(taxonomy, category.id, language);
            const QStringList english = allStrings(taxonomy, category.id, u"en"_s);
            for (qsizetype i = 0; i < local.size(); ++i) {
                const QString where = category.id % u' ' % language % u" #"_s % QString::number(i);
                QVERIFY2(!local.at(i).trimmed().isEmpty(), qPrintable(where));
                QVERIFY2(!local.at(i).contains(u'%'), qPrintable(where));
                if (language != u"en"_s)
                    QVERIFY2(local.at(i) != english.at(i), qPrintable(where % u" is English"_s));
            }
        }
    }
}

void TestSafety::nonLatinLanguagesAreInTheirScript()
{
    const ReportTaxonomy &taxonomy = ReportTaxonomy::builtIn();
    for (const ScriptRule &rule : kScriptRules) {
        const QString language = QLatin1StringView(rule.language);
        QVERIFY(taxonomy.languages().contains(language));
        for (const ReportCategory &category : taxonomy.categories()) {
            for (const QString &s : allStrings(taxonomy, category.id, language)) {
                const bool inScript = std::any_of(s.cbegin(), s.cend(), [&](QChar c) {
                    return rule.scripts.contains(c.script());
                });
                const bool hasAsciiLetter = std::any_of(s.cbegin(), s.cend(), [](QChar c) {
                    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
                });
                QVERIFY2(inScript && !hasAsciiLetter, qPrintable(language % u": "_s % s));
            }
        }
    }
}

void TestSafety::labelsAreDistinctWithinEachLanguage()
{
    // A person choosing a category must be able to tell them apart.
    const ReportTaxonomy &taxonomy = ReportTaxonomy::builtIn();
    for (const QString &language : taxonomy.languages()) {
        for (const Wording wording : {Wording::Adult, Wording::Child}) {
            QSet<QString> seen;
            for (const ReportCategory &category : taxonomy.categories())
                seen.insert(taxonomy.label(category.id, language, wording));
            QVERIFY2(seen.size() == taxonomy.categories().size(), qPrintable(language));
        }
    }
}

void TestSafety::childWordingDiffersFromAdultInEnglish()
{
    const ReportTaxonomy &taxonomy = ReportTaxonomy::builtIn();
    for (const ReportCategory &category : taxonomy.categories()) {
        const QString en = u"en"_s;
        QVERIFY2(taxonomy.label(category.id, en, Wording::Child) != taxonomy.label(category.id, en),
                 qPrintable(category.id));
        QVERIFY2(taxonomy.description(category.id, en, Wording::Child) !=
                     taxonomy.description(category.id, en),
                 qPrintable(category.id));
    }
    QCOMPARE(taxonomy.label(QString(kChildExploitationId), u"en"_s, Wording::Child),
             u"Someone is unsafe with a child"_s);
}

void TestSafety::constantsNameRealCategories()
{
    const ReportTaxonomy &taxonomy = ReportTaxonomy::builtIn();
    QCOMPARE(taxonomy.categories().constFirst().id, QString(kChildExploitationId));
    QCOMPARE(taxonomy.categories().constFirst().severity, 1);
    QCOMPARE(taxonomy.categories().constLast().id, QString(kOtherId));
    QVERIFY(taxonomy.languages().contains(QString(kFallbackLanguage)));
}

void TestSafety::findAndUnknownIds()
{
    const ReportTaxonomy &taxonomy = ReportTaxonomy::builtIn();
    const ReportCategory *spam = taxonomy.find(u"spam"_s);
    QVERIFY(spam);
    QCOMPARE(*spam, (ReportCategory{u"spam"_s, 5}));
    QCOMPARE(taxonomy.find(u"threats"_s)->severity, 2);

    QCOMPARE(taxonomy.find(u"no_such_thing"_s), nullptr);
    QCOMPARE(taxonomy.find(QString()), nullptr);
    QCOMPARE(taxonomy.find(u"Spam"_s), nullptr); // ids are case-sensitive
    QVERIFY(taxonomy.label(u"no_such_thing"_s, u"en"_s).isEmpty());
    QVERIFY(taxonomy.label(u"no_such_thing"_s, u"de"_s, Wording::Child).isEmpty());
    QVERIFY(taxonomy.description(u"no_such_thing"_s, u"en"_s).isEmpty());
    QVERIFY(taxonomy.description(u"no_such_thing"_s, u"fr"_s, Wording::Child).isEmpty());
}

void TestSafety::languageFallback_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<QString>("used");

    QTest::newRow("exact zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
    QTest::newRow("exact de") << u"de"_s << u"de"_s;
    QTest::newRow("pt_BR to pt") << u"pt_BR"_s << u"pt"_s;
    QTest::newRow("pt-BR to pt") << u"pt-BR"_s << u"pt"_s;
    QTest::newRow("ar_EG to ar") << u"ar_EG"_s << u"ar"_s;
    QTest::newRow("en_GB to en") << u"en_GB"_s << u"en"_s;
    QTest::newRow("zh to zh_CN") << u"zh"_s << u"zh_CN"_s;
    QTest::newRow("zh_TW to zh_CN") << u"zh_TW"_s << u"zh_CN"_s;
    QTest::newRow("unknown to en") << u"xx"_s << u"en"_s;
    QTest::newRow("unknown region to en") << u"xx_YY"_s << u"en"_s;
    QTest::newRow("empty to en") << QString() << u"en"_s;
    QTest::newRow("C locale to en") << u"C"_s << u"en"_s;
}

void TestSafety::languageFallback()
{
    QFETCH(QString, requested);
    QFETCH(QString, used);
    const ReportTaxonomy &taxonomy = ReportTaxonomy::builtIn();
    QCOMPARE(taxonomy.resolveLanguage(requested), used);
    for (const ReportCategory &category : taxonomy.categories()) {
        QCOMPARE(taxonomy.label(category.id, requested), taxonomy.label(category.id, used));
        QCOMPARE(taxonomy.description(category.id, requested, Wording::Child),
                 taxonomy.description(category.id, used, Wording::Child));
    }
    // And the wording really is that language's: Portuguese, not English.
    if (used != u"en"_s) {
        QVERIFY(taxonomy.label(u"scam"_s, requested) != taxonomy.label(u"scam"_s, u"en"_s));
    }
}

// ---- Validation -------------------------------------------------------------

void TestSafety::fromJsonAcceptsAValidDocument()
{
    const auto parsed = ReportTaxonomy::fromJson(bytes(validDocument()));
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error()));
    const QList<ReportCategory> expected = {{u"urgent_thing"_s, 1}, {u"other"_s, 5}};
    QCOMPARE(parsed->categories(), expected);
    QCOMPARE(parsed->languages(), (QStringList{u"en"_s, u"de"_s}));
    QCOMPARE(parsed->label(u"other"_s, u"de_AT"_s), u"de other label"_s);
    QCOMPARE(parsed->description(u"other"_s, u"fr"_s, Wording::Child),
             u"en other child description."_s);
    QCOMPARE(parsed->label(u"urgent_thing"_s, u"de"_s, Wording::Child),
             u"de urgent_thing child label"_s);
}

void TestSafety::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");

    const QJsonArray both = {u"en"_s, u"de"_s};
    const QJsonObject urgent = category(u"urgent_thing"_s, 1);
    const QJsonObject other = category(u"other"_s, 5);

    QTest::newRow("malformed JSON")
        << QByteArray(R"({"version": 1, "languages": [)") << u"malformed JSON at offset"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << u"not a JSON object"_s;
    QTest::newRow("version 2") << bytes(document({urgent, other}, both, 2))
                               << u"unsupported version 2"_s;
    QTest::newRow("version 0") << bytes(document({urgent, other}, both, 0))
                               << u"unsupported version 0"_s;
    QTest::newRow("version as string") << bytes(document({urgent, other}, both, u"1"_s))
                                       << u"\"version\" is missing or not an integer"_s;
    {
        QJsonObject noVersion = validDocument();
        noVersion.remove(u"version"_s);
        QTest::newRow("version missing")
            << bytes(noVersion) << u"\"version\" is missing or not an integer"_s;
    }
    QTest::newRow("duplicate id") << bytes(document({urgent, other, category(u"other"_s, 4)}))
                                  << u"duplicate category id \"other\""_s;
    QTest::newRow("severity 0") << bytes(document({category(u"urgent_thing"_s, 0), other}))
                                << u"category \"urgent_thing\": severity 0 is outside 1..5"_s;
    QTest::newRow("severity 6") << bytes(document({urgent, category(u"other"_s, 6)}))
                                << u"category \"other\": severity 6 is outside 1..5"_s;
    QTest::newRow("severity 2.5") << bytes(document({urgent, category(u"other"_s, 2.5)}))
                                  << u"category \"other\": severity is missing or not an integer"_s;
    QTest::newRow("severity as string")
        << bytes(document({urgent, category(u"other"_s, u"3"_s)}))
        << u"category \"other\": severity is missing or not an integer"_s;
    QTest::newRow("missing language string")
        << bytes(document({urgent, withString(other, u"de"_s, u"childDescription"_s, {})}))
        << u"category \"other\", language \"de\": \"childDescription\" is missing or empty"_s;
    QTest::newRow("empty string")
        << bytes(document({withString(urgent, u"en"_s, u"label"_s, u"  "_s), other}))
        << u"category \"urgent_thing\", language \"en\": \"label\" is missing or empty"_s;
    QTest::newRow("string not a string")
        << bytes(document({withString(urgent, u"de"_s, u"description"_s, 7), other}))
        << u"category \"urgent_thing\", language \"de\": \"description\" is missing or empty"_s;
    QTest::newRow("language block missing")
        << bytes(document({urgent, category(u"other"_s, 5, {u"en"_s})}))
        << u"category \"other\", language \"de\": strings are missing"_s;
    QTest::newRow("percent placeholder")
        << bytes(document({urgent, withString(other, u"de"_s, u"label"_s, u"%1 Spam"_s)}))
        << u"category \"other\", language \"de\": \"label\" contains '%'"_s;
    QTest::newRow("en not listed")
        << bytes(document({category(u"other"_s, 5, {u"de"_s})}, {u"de"_s}))
        << u"\"languages\" does not list \"en\""_s;
    QTest::newRow("language listed twice")
        << bytes(document({category(u"other"_s, 5, {u"en"_s})}, {u"en"_s, u"en"_s}))
        << u"language \"en\" is listed twice"_s;
    QTest::newRow("language with dash")
        << bytes(document({category(u"other"_s, 5, {u"en"_s, u"pt-BR"_s})}, {u"en"_s, u"pt-BR"_s}))
        << u"not a language code"_s;
    QTest::newRow("text for unlisted language")
        << bytes(document({urgent, category(u"other"_s, 5, {u"en"_s, u"de"_s, u"fr"_s})}))
        << u"category \"other\": text for unlisted language \"fr\""_s;
    QTest::newRow("id with capitals") << bytes(document({urgent, category(u"Other"_s, 5)}))
                                      << u"id \"Other\" is empty or not [a-z_]+"_s;
    QTest::newRow("id with dash") << bytes(document({urgent, category(u"self-harm"_s, 1)}))
                                  << u"id \"self-harm\" is empty or not [a-z_]+"_s;
    QTest::newRow("empty id") << bytes(document({urgent, category(QString(), 5)}))
                              << u"category #1: id \"\" is empty or not [a-z_]+"_s;
    QTest::newRow("no categories")
        << bytes(document({})) << u"\"categories\" is missing or not a non-empty array"_s;
    QTest::newRow("no languages") << bytes(document({urgent}, {}))
                                  << u"\"languages\" is missing or not a non-empty array"_s;
}

void TestSafety::fromJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);
    const auto parsed = ReportTaxonomy::fromJson(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(expectedError), qPrintable(parsed.error()));
}

// ---- Evidence ---------------------------------------------------------------

void TestSafety::defaultEvidence_data()
{
    QTest::addColumn<QList<qint64>>("conversation");
    QTest::addColumn<qint64>("reported");
    QTest::addColumn<QList<qint64>>("expected");

    const QList<qint64> ten = keys(100, 10);
    QTest::newRow("first message") << ten << qint64(100) << QList<qint64>{100};
    QTest::newRow("third message") << ten << qint64(102) << QList<qint64>{100, 101, 102};
    QTest::newRow("fifth message, exactly five") << ten << qint64(104) << keys(100, 5);
    QTest::newRow("middle") << ten << qint64(106) << keys(102, 5);
    QTest::newRow("last message") << ten << qint64(109) << keys(105, 5);
    QTest::newRow("not in conversation") << ten << qint64(999) << QList<qint64>{};
    QTest::newRow("empty conversation") << QList<qint64>{} << qint64(1) << QList<qint64>{};
    // Conversation order, not key order, decides what "before" means.
    const QList<qint64> shuffled = {7, 3, 42, 5, 11, 2};
    QTest::newRow("unsorted keys, middle")
        << shuffled << qint64(11) << QList<qint64>{7, 3, 42, 5, 11};
    QTest::newRow("unsorted keys, end") << shuffled << qint64(2) << QList<qint64>{3, 42, 5, 11, 2};
}

void TestSafety::defaultEvidence()
{
    QFETCH(QList<qint64>, conversation);
    QFETCH(qint64, reported);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(kDefaultMessagesBefore, 4);
    QCOMPARE(cove::safety::defaultEvidence(conversation, reported), expected);
}

void TestSafety::addEvidenceKeepsConversationOrder()
{
    const QList<qint64> conversation = {90, 15, 70, 33, 41, 8, 62, 27, 55, 19};
    QList<qint64> selection = {33, 41};

    QVERIFY(addEvidence(selection, conversation, 15));
    QCOMPARE(selection, (QList<qint64>{15, 33, 41}));
    QVERIFY(addEvidence(selection, conversation, 62));
    QCOMPARE(selection, (QList<qint64>{15, 33, 41, 62}));
    QVERIFY(addEvidence(selection, conversation, 90));
    QCOMPARE(selection, (QList<qint64>{90, 15, 33, 41, 62}));
    QVERIFY(addEvidence(selection, conversation, 8));
    QCOMPARE(selection, (QList<qint64>{90, 15, 33, 41, 8, 62}));
    QVERIFY(addEvidence(selection, conversation, 19));
    QCOMPARE(selection, (QList<qint64>{90, 15, 33, 41, 8, 62, 19}));

    QList<qint64> empty;
    QVERIFY(addEvidence(empty, conversation, 27));
    QCOMPARE(empty, (QList<qint64>{27}));
}

void TestSafety::addEvidenceRefusesDuplicatesAndStrangers()
{
    const QList<qint64> conversation = keys(1, 10);
    QList<qint64> selection = cove::safety::defaultEvidence(conversation, 6);
    const QList<qint64> before = selection;
    QCOMPARE(before, (QList<qint64>{2, 3, 4, 5, 6}));

    QVERIFY(!addEvidence(selection, conversation, 4));   // already there
    QVERIFY(!addEvidence(selection, conversation, 999)); // not in this conversation
    QCOMPARE(selection, before);
}

void TestSafety::addEvidenceStopsAtThirty()
{
    QCOMPARE(kMaxEvidenceMessages, 30);
    const QList<qint64> conversation = keys(0, 40);
    QList<qint64> selection = keys(0, 29);

    QVERIFY(addEvidence(selection, conversation, 35)); // the 30th
    QCOMPARE(selection.size(), 30);
    QCOMPARE(selection.constLast(), qint64(35));

    const QList<qint64> full = selection;
    QVERIFY(!addEvidence(selection, conversation, 36)); // a 31st
    QVERIFY(!addEvidence(selection, conversation, 30));
    QCOMPARE(selection, full);

    QVERIFY(removeEvidence(selection, 35));
    QVERIFY(addEvidence(selection, conversation, 36));
    QCOMPARE(selection.size(), 30);
}

void TestSafety::removeEvidenceKeepsAtLeastOne()
{
    QList<qint64> selection = {1, 2, 3};
    QVERIFY(removeEvidence(selection, 2));
    QCOMPARE(selection, (QList<qint64>{1, 3}));
    QVERIFY(!removeEvidence(selection, 2)); // already gone
    QCOMPARE(selection, (QList<qint64>{1, 3}));
    QVERIFY(removeEvidence(selection, 1));
    QCOMPARE(selection, (QList<qint64>{3}));

    QVERIFY(!removeEvidence(selection, 3)); // the last one stays
    QCOMPARE(selection, (QList<qint64>{3}));
    QVERIFY(!removeEvidence(selection, 7));
    QCOMPARE(selection, (QList<qint64>{3}));

    QList<qint64> empty;
    QVERIFY(!removeEvidence(empty, 3));
    QVERIFY(empty.isEmpty());
}

// ---- Intake order -----------------------------------------------------------

void TestSafety::urgencyRankPutsChildFirst()
{
    // "Involves a child" outranks everything without it, even a spam report
    // against a severity-1 report that was filed without the flag.
    QVERIFY(urgencyRank(true, 5) < urgencyRank(false, 1));
    for (int childSeverity = 1; childSeverity <= 5; ++childSeverity) {
        for (int otherSeverity = 1; otherSeverity <= 5; ++otherSeverity)
            QVERIFY(urgencyRank(true, childSeverity) < urgencyRank(false, otherSeverity));
    }
    for (const bool child : {true, false}) {
        for (int severity = 1; severity < 5; ++severity)
            QVERIFY(urgencyRank(child, severity) < urgencyRank(child, severity + 1));
    }
    QCOMPARE(urgencyRank(true, 1), 0);
    // Out-of-range severities are clamped, never ranked past the ends.
    QCOMPARE(urgencyRank(false, 0), urgencyRank(false, 1));
    QCOMPARE(urgencyRank(false, 9), urgencyRank(false, 5));
    QCOMPARE(urgencyRank(true, -3), urgencyRank(true, 1));
}

void TestSafety::moreUrgentTieBreaks()
{
    const QueuedReportKey childSpamNew{true, 5, 2'000, 2};
    const QueuedReportKey adultSevereOld{false, 1, 1'000, 1};
    QVERIFY(moreUrgent(childSpamNew, adultSevereOld));
    QVERIFY(!moreUrgent(adultSevereOld, childSpamNew));

    const QueuedReportKey severeNew{false, 2, 5'000, 9};
    const QueuedReportKey mildOld{false, 3, 1'000, 1};
    QVERIFY(moreUrgent(severeNew, mildOld));
    QVERIFY(!moreUrgent(mildOld, severeNew));

    const QueuedReportKey older{false, 3, 1'000, 8};
    const QueuedReportKey newer{false, 3, 1'001, 2};
    QVERIFY(moreUrgent(older, newer));
    QVERIFY(!moreUrgent(newer, older));

    const QueuedReportKey lowId{true, 1, 1'000, 3};
    const QueuedReportKey highId{true, 1, 1'000, 4};
    QVERIFY(moreUrgent(lowId, highId));
    QVERIFY(!moreUrgent(highId, lowId));

    QVERIFY(!moreUrgent(lowId, lowId));
}

void TestSafety::moreUrgentSortsAQueue()
{
    QList<QueuedReportKey> queue = {
        {false, 5, 100, 1}, // spam, oldest
        {false, 1, 400, 2}, // terrorism, no child
        {true, 4, 300, 3},  // scam involving a child
        {true, 1, 200, 4},  // child exploitation
        {false, 1, 350, 5}, // self-harm, older than #2
        {true, 1, 200, 6},  // same as #4, higher id
    };
    std::sort(queue.begin(), queue.end(), moreUrgent);
    QList<qint64> order;
    for (const QueuedReportKey &key : std::as_const(queue))
        order.append(key.id);
    QCOMPARE(order, (QList<qint64>{4, 6, 3, 5, 2, 1}));
}

// ---- Throttling -------------------------------------------------------------

void TestSafety::reporterThrottled_data()
{
    QTest::addColumn<QList<qint64>>("recent");
    QTest::addColumn<bool>("throttled");

    // All relative to `now` in reporterThrottled(); minutes back.
    constexpr qint64 kMinute = 60 * 1000;
    const auto minutesAgo = [](std::initializer_list<qint64> list) {
        QList<qint64> out;
        for (const qint64 m : list)
            out.append(-m * kMinute);
        return out;
    };
    const auto spaced = [](int count, qint64 stepMs) {
        QList<qint64> out;
        for (int k = 1; k <= count; ++k)
            out.append(-k * stepMs);
        return out;
    };

    QTest::newRow("no earlier reports") << QList<qint64>{} << false;
    QTest::newRow("9 in the last hour") << minutesAgo({1, 2, 3, 4, 5, 6, 7, 8, 9}) << false;
    QTest::newRow("10 in the last hour") << minutesAgo({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) << true;
    QTest::newRow("10 at this very moment") << QList<qint64>(10, 0) << true;
    {
        QList<qint64> r = minutesAgo({1, 2, 3, 4, 5, 6, 7, 8, 9});
        r.append(-kHourMs);
        QTest::newRow("10th exactly an hour old") << r << false;
        r.last() = -kHourMs + 1;
        QTest::newRow("10th an hour minus 1 ms old") << r << true;
    }
    {
        QList<qint64> r = minutesAgo({10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        std::reverse(r.begin(), r.end());
        std::rotate(r.begin(), r.begin() + 3, r.end());
        QTest::newRow("10 in the hour, any order") << r << true;
    }
    // Every 45 minutes: never more than one in an hour, so only the daily limit applies.
    constexpr qint64 k45Minutes = 45 * kMinute;
    QTest::newRow("29 in the day") << spaced(29, k45Minutes) << false;
    QTest::newRow("30 in the day") << spaced(30, k45Minutes) << true;
    {
        QList<qint64> r = spaced(29, k45Minutes);
        r.append(-kDayMs);
        QTest::newRow("30th exactly a day old") << r << false;
        r.last() = -kDayMs + 1;
        QTest::newRow("30th a day minus 1 ms old") << r << true;
    }
    QTest::newRow("100 older than a day") << QList<qint64>(100, -kDayMs - 1) << false;
    QTest::newRow("clock moved back: future times count") << QList<qint64>(10, 5 * kMinute) << true;
}

void TestSafety::reporterThrottled()
{
    QFETCH(QList<qint64>, recent);
    QFETCH(bool, throttled);
    QCOMPARE(kReportsPerHour, 10);
    QCOMPARE(kReportsPerDay, 30);

    // An arbitrary wall-clock instant, so the offsets above become real times.
    const qint64 now = 1'760'000'000'000;
    for (qint64 &at : recent)
        at += now;
    QCOMPARE(cove::safety::reporterThrottled(recent, now), throttled);
}

void TestSafety::forwardLimitsFollowTheCount()
{
    using namespace cove::safety;
    QVERIFY(!forwardedManyTimes(0));
    QVERIFY(!forwardedManyTimes(4));
    QVERIFY(forwardedManyTimes(5));
    QVERIFY(forwardedManyTimes(0xffffffffu));
    QCOMPARE(maxForwardTargets(0), 5);
    QCOMPARE(maxForwardTargets(4), 5);
    QCOMPARE(maxForwardTargets(5), 1);
    QCOMPARE(maxForwardTargets(99), 1);
    QCOMPARE(nextForwardCount(0), 1u);
    QCOMPARE(nextForwardCount(4), 5u);
    QCOMPARE(nextForwardCount(0xffffffffu), 0xffffffffu); // never wraps back to "not forwarded"
}

void TestSafety::guardedNoticeMustBeAnswered()
{
    using cove::safety::NoticeKind;
    // A child's chat with anyone but the guardian asks "do you know them?",
    // contacts included (the guardian approved them; the child answers),
    // and no amount of dismissing makes it go away: only an answer.
    cove::safety::NoticeFacts f;
    f.guarded = true;
    f.direct = true;
    f.isContact = true;
    f.dismissed = 0xff;
    QCOMPARE(cove::safety::noticeFor(f), std::optional(NoticeKind::GuardedNewContact));
    QVERIFY(!cove::safety::noticeIsDismissible(true));
    QVERIFY(cove::safety::noticeIsDismissible(false));
    f.guardedAnswered = true;
    QCOMPARE(cove::safety::noticeFor(f), std::nullopt);
    f.guardedAnswered = false;
    f.isGuardian = true;
    QCOMPARE(cove::safety::noticeFor(f), std::nullopt);
    f.isGuardian = false;
    f.direct = false; // groups: every member was approved, and answered one by one
    QCOMPARE(cove::safety::noticeFor(f), std::nullopt);
}

void TestSafety::helpLinesByCountry()
{
    using namespace cove::safety;
    const QList<HelpLine> uk = childHelpLines(QStringLiteral("GB"));
    QCOMPARE(uk.size(), 1);
    QCOMPARE(uk.first().name, QStringLiteral("Childline"));
    QCOMPARE(uk.first().phone, QStringLiteral("0800 1111"));
    QCOMPARE(emergencyNumber(QStringLiteral("gb")), QStringLiteral("999"));
    QCOMPARE(emergencyNumber(QStringLiteral("US")), QStringLiteral("911"));
    // A country the directory does not know: no made-up line, the common
    // emergency number, and where to look one up.
    QVERIFY(childHelpLines(QStringLiteral("XX")).isEmpty());
    QCOMPARE(emergencyNumber(QString()), QStringLiteral("112"));
    QVERIFY(childHelplineFinder().startsWith(QStringLiteral("https://")));
    // Every entry is complete.
    for (const char *country :
         {"GB", "IE", "US", "CA", "AU", "DE", "FR", "ES", "IT", "NL", "IN", "ZA"}) {
        const QList<HelpLine> lines = childHelpLines(QLatin1String(country));
        QVERIFY2(!lines.isEmpty(), country);
        for (const HelpLine &l : lines)
            QVERIFY2(!l.name.isEmpty() && !l.phone.isEmpty(), country);
    }
}

void TestSafety::noticesComeFromMetadata()
{
    using cove::safety::NoticeKind;
    cove::safety::NoticeFacts f;
    f.direct = true;
    f.beganAsRequest = true;
    QCOMPARE(cove::safety::noticeFor(f), std::optional(NoticeKind::StrangerFirstContact));
    f.sentLinkOrMedia = true;
    QCOMPARE(cove::safety::noticeFor(f), std::optional(NoticeKind::StrangerLinkOrMedia));
    f.massContact = true;
    QCOMPARE(cove::safety::noticeFor(f), std::optional(NoticeKind::MassContact));
    // Dismissing one shows the next, until none is left.
    f.dismissed = quint8(1u << unsigned(NoticeKind::MassContact));
    QCOMPARE(cove::safety::noticeFor(f), std::optional(NoticeKind::StrangerLinkOrMedia));
    f.dismissed |= quint8(1u << unsigned(NoticeKind::StrangerLinkOrMedia));
    QCOMPARE(cove::safety::noticeFor(f), std::optional(NoticeKind::StrangerFirstContact));
    f.dismissed |= quint8(1u << unsigned(NoticeKind::StrangerFirstContact));
    QCOMPARE(cove::safety::noticeFor(f), std::nullopt);

    // None for a contact ("I know this person"), a group, a request still
    // pending (its bar has the facts) or a chat the person started.
    f.dismissed = 0;
    for (auto change : {+[](cove::safety::NoticeFacts &x) { x.isContact = true; },
                        +[](cove::safety::NoticeFacts &x) { x.direct = false; },
                        +[](cove::safety::NoticeFacts &x) { x.pendingRequest = true; },
                        +[](cove::safety::NoticeFacts &x) { x.beganAsRequest = false; }}) {
        cove::safety::NoticeFacts g = f;
        change(g);
        QCOMPARE(cove::safety::noticeFor(g), std::nullopt);
    }
    QVERIFY(cove::safety::noticeIsDismissible(false));
    QVERIFY(!cove::safety::noticeIsDismissible(true));
}

QTEST_GUILESS_MAIN(TestSafety)
#include "tst_safety.moc"
