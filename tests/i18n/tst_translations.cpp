// SPDX-License-Identifier: GPL-3.0-or-later
// Safety strings in every shipped language: the reporting flow, moderation's
// notices, blocking and the help entry must be translated everywhere Cove ships, with
// the same placeholders as the English source, and the report categories
// (resources/safety) must cover the same languages.

#include "ReportTaxonomy.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

/// The contexts that make up the safety flows.
const QStringList &safetyContexts()
{
    static const QStringList list = {
        QStringLiteral("cove::ui::ReportDialog"),
        QStringLiteral("cove::ui::ReportSentDialog"),
        QStringLiteral("cove::ui::ReportsDialog"),
        QStringLiteral("ReportDialog"),
        QStringLiteral("ReportsDialog"),
        QStringLiteral("ModerationNotice"),
        QStringLiteral("GetHelp"),
        QStringLiteral("Blocking"),
        QStringLiteral("Reachability"),
        QStringLiteral("SafetyNotice"),
        QStringLiteral("GroupInvite"),
        QStringLiteral("GroupInfo"),
        QStringLiteral("Guarded"),  // what a child reads in guarded mode
        QStringLiteral("Children"), // the guardian's side
    };
    return list;
}

/// The languages Cove promises for its safety flows.
const QStringList &requiredLanguages()
{
    static const QStringList list = {
        QStringLiteral("ar"), QStringLiteral("fa"), QStringLiteral("ur"), QStringLiteral("he"),
        QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("fr"), QStringLiteral("de"),
        QStringLiteral("ru"), QStringLiteral("uk"), QStringLiteral("tr"), QStringLiteral("hi"),
        QStringLiteral("bn"), QStringLiteral("id"), QStringLiteral("sw"), QStringLiteral("zh_CN"),
        QStringLiteral("ja"), QStringLiteral("ko"), QStringLiteral("vi"), QStringLiteral("tl"),
    };
    return list;
}

struct Message {
    QString context;
    QString source;
    QStringList translations; ///< one per plural form
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message"))
                current = Message{context, {}, {}, false};
            else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                current.unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                // A plural translation holds <numerusform> children.
                bool plural = false;
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) &&
                       !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                        plural = true;
                        current.translations << xml.readElementText();
                    } else if (xml.isCharacters()) {
                        text += xml.text();
                    }
                }
                if (!plural)
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(current);
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

/// The placeholders of a string, sorted: "%1 and %2 and %1" → [%1, %1, %2].
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[0-9]+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured().remove(QLatin1Char('L'));
    out.sort();
    return out;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(COVE_TRANSLATIONS_DIR "/cove_%1.ts").arg(language);
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySafetyLanguageShips();
    void safetyStringsAreTranslated_data();
    void safetyStringsAreTranslated();
    void categoriesCoverEveryShippedLanguage();
    void guardedWordingIsPlain();
};

void TestTranslations::everySafetyLanguageShips()
{
    for (const QString &language : requiredLanguages())
        QVERIFY2(QFile::exists(tsPath(language)), qPrintable(tsPath(language)));
}

void TestTranslations::safetyStringsAreTranslated_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(QStringLiteral(COVE_TRANSLATIONS_DIR))
                                  .entryList({QStringLiteral("cove_*.ts")}, QDir::Files);
    QVERIFY(files.size() > requiredLanguages().size());
    for (const QString &file : files)
        if (file != QLatin1String("cove_en.ts")) // the source language
            QTest::newRow(qPrintable(file))
                << QDir(QStringLiteral(COVE_TRANSLATIONS_DIR)).filePath(file);
}

void TestTranslations::safetyStringsAreTranslated()
{
    QFETCH(QString, path);
    QString error;
    const QList<Message> messages = readTs(path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int checked = 0;
    QStringList problems;
    for (const Message &m : messages) {
        if (!safetyContexts().contains(m.context))
            continue;
        ++checked;
        const QString where =
            m.context + QStringLiteral(": \"") + m.source.left(50) + QStringLiteral("\"");
        if (m.unfinished || m.translations.isEmpty()) {
            problems << QStringLiteral("untranslated ") + where;
            continue;
        }
        for (const QString &t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty ") + where;
            else if (placeholders(t) != placeholders(m.source))
                problems << QStringLiteral("placeholders differ in ") + where;
        }
    }
    QVERIFY2(checked >= 90,
             qPrintable(QStringLiteral("only %1 safety strings found").arg(checked)));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::categoriesCoverEveryShippedLanguage()
{
    const QStringList languages = cove::safety::ReportTaxonomy::builtIn().languages();
    for (const QString &language : requiredLanguages())
        QVERIFY2(languages.contains(language), qPrintable(language));
}

namespace {

/// Syllables of an English word, by the usual rule of thumb: groups of
/// vowels, less a silent final "e".
int syllables(const QString &word)
{
    static const QRegularExpression vowels(QStringLiteral("[aeiouy]+"));
    const QString w = word.toLower();
    int n = 0;
    for (auto it = vowels.globalMatch(w); it.hasNext(); it.next())
        ++n;
    if (n > 1 && w.endsWith(u'e') && !w.endsWith(QLatin1String("le")))
        --n;
    return std::max(1, n);
}

} // namespace

void TestTranslations::guardedWordingIsPlain()
{
    // What a child reads in guarded mode, scored with the Flesch-Kincaid
    // grade level: a 9-year-old reads at about US grade 3 to 4.
    QString error;
    const QList<Message> messages = readTs(tsPath(QStringLiteral("en")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    static const QRegularExpression markup(QStringLiteral("<[^>]+>|%[0-9n]|&(?=\\w)|\\([^)]*\\)"));
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?\u2026]+"));
    static const QRegularExpression wordRe(QStringLiteral("[A-Za-z']+"));
    int words = 0;
    int sentences = 0;
    int syllableCount = 0;
    int strings = 0;
    for (const Message &m : messages) {
        if (m.context != QLatin1String("Guarded"))
            continue;
        ++strings;
        QString text = m.source;
        text.remove(markup);
        for (const QString &sentence : text.split(sentenceEnd, Qt::SkipEmptyParts)) {
            int inSentence = 0;
            for (auto it = wordRe.globalMatch(sentence); it.hasNext();) {
                syllableCount += syllables(it.next().captured());
                ++inSentence;
            }
            if (inSentence > 0) {
                words += inSentence;
                ++sentences;
            }
        }
    }
    QVERIFY2(strings >= 30, qPrintable(QStringLiteral("only %1 guarded strings").arg(strings)));
    const double wordsPerSentence = double(words) / sentences;
    const double syllablesPerWord = double(syllableCount) / words;
    const double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    const double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    qInfo("guarded-mode English: %d strings, %d words, %d sentences: Flesch-Kincaid grade %.1f, "
          "reading ease %.0f",
          strings, words, sentences, grade, ease);
    QVERIFY2(grade <= 4.0, qPrintable(QStringLiteral("grade %1 is above 4").arg(grade)));
    QVERIFY2(ease >= 80.0, qPrintable(QStringLiteral("reading ease %1 is below 80").arg(ease)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
