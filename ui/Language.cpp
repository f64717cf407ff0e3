// SPDX-License-Identifier: GPL-3.0-or-later
#include "Language.h"

#include <QApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cove::ui {

namespace {

struct Installed {
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> cove;
    std::unique_ptr<QTranslator> qt;
};

Installed &installed()
{
    static Installed i;
    return i;
}

QString codeOf(const QString &qmName)
{
    // cove_ar.qm -> ar
    QString base = qmName;
    base.chop(3);
    return base.mid(5);
}

} // namespace

QList<Language::Entry> Language::available()
{
    QList<Entry> out{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("cove_*.qm")}, QDir::Files);
    for (const QString &f : files) {
        const QString code = codeOf(f);
        if (code == QLatin1String("en"))
            continue;
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        out.append({code, name.isEmpty() ? code : name});
    }
    return out;
}

QString Language::systemDefault()
{
    const QList<Entry> all = available();
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        for (const Entry &e : all)
            if (e.code == code)
                return code;
    }
    return QStringLiteral("en");
}

bool Language::apply(const QString &code)
{
    Installed &i = installed();
    if (i.cove)
        QCoreApplication::removeTranslator(i.cove.get());
    if (i.qt)
        QCoreApplication::removeTranslator(i.qt.get());
    i.cove.reset();
    i.qt.reset();
    i.code = QStringLiteral("en");
    // English is the source language; its file only carries the plural
    // forms ("1 message", "2 messages"), so English works without it too.
    const bool english = code == QLatin1String("en");
    bool ok = english;
    auto cove = std::make_unique<QTranslator>();
    if (cove->load(QStringLiteral(":/i18n/cove_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(cove.get());
        i.cove = std::move(cove);
        i.code = code;
        ok = true;
        auto qt = std::make_unique<QTranslator>();
        if (!english && qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            i.qt = std::move(qt);
        }
    }
    QLocale::setDefault(QLocale(i.code));
    QApplication::setLayoutDirection(QLocale(i.code).textDirection());
    return ok;
}

QString Language::current()
{
    return installed().code;
}

} // namespace cove::ui
