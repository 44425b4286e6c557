#pragma once

#include "spelling/HunspellDictionary.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

namespace copydesk
{

// The Hunspell dictionary for a language tag: en-GB → en_GB, en-US → en_US,
// ko / ko-KR → ko_KR, de-DE → de_DE. A bare `en` (or nothing) is
// `defaultEnglish`, the newsroom's English (see Languages::newsroomEnglish).
QString dictionaryForTag(const QString &tag, const QString &defaultEnglish = {});

// The English a newsroom writes: the first `en-XX` of copydesk/newsroom.json's
// "languages" (["en-GB", "ko"] → en_GB), else en_US. Unreadable or absent
// configuration counts as en_US: the spelling check is not where a broken
// newsroom.json is reported.
QString newsroomEnglish(const QString &newsroomRoot);

// The dictionaries one check may use, each loaded on first use and shared
// through DictionaryRegistry (KDE Sonnet's model): a check over English copy
// never loads ko_KR. `onLoad` runs once per dictionary, before anyone else
// sees it (the house vocabulary adds its Korean nouns there). Thread-safe.
class LazyDictionaries
{
public:
    using OnLoad = std::function<void(HunspellDictionary &)>;

    LazyDictionaries(const QStringList &names, const QStringList &searchPath, OnLoad onLoad);

    // Whether the dictionary's files are there (nothing is loaded).
    bool installed(const QString &name) const;
    // The dictionary, loaded now if needed; nullptr when not installed or
    // not one of `names`. Throws Error when its files fail to load.
    HunspellDictionary *get(const QString &name) const;
    // Whether get() has loaded it (nothing is loaded).
    bool loaded(const QString &name) const;
    const QStringList &searchPath() const { return m_searchPath; }

private:
    struct Slot {
        bool installed = false;
        mutable std::once_flag once;
        mutable std::shared_ptr<HunspellDictionary> dict;
        mutable std::atomic<bool> loaded{false};
    };
    QStringList m_searchPath;
    OnLoad m_onLoad;
    QMap<QString, std::shared_ptr<Slot>> m_slots; // fixed after construction
};

} // namespace copydesk
