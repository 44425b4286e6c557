#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QStringList>
#include <atomic>
#include <memory>
#include <mutex>
#include <shared_mutex>

class Hunspell;

namespace copydesk
{

// One Hunspell dictionary (e.g. en_US), loaded once per process and shared by
// every check and thread (see DictionaryRegistry). Words are converted to the
// dictionary's own encoding, taken from get_dic_encoding(). Results are
// memoised: a newsroom corpus repeats its words, so most checks never reach
// Hunspell. Thread-safe; Hunspell itself is called under a mutex because its
// compound and suggestion code keeps state between calls.
class HunspellDictionary
{
public:
    // Throws Error when the files cannot be loaded or use an encoding this
    // build cannot convert.
    HunspellDictionary(const QString &name, const QString &affPath, const QString &dicPath);
    ~HunspellDictionary();
    HunspellDictionary(const HunspellDictionary &) = delete;
    HunspellDictionary &operator=(const HunspellDictionary &) = delete;

    QString name() const { return m_name; }
    QString encoding() const { return m_encoding; }

    bool check(const QString &word) const;
    // Slow (Korean: hundreds of ms): on request only, never during a check.
    QStringList suggest(const QString &word) const;

    // Adds `word` with the affixes of `model` (a word of the dictionary), so
    // that it inflects like it; Korean nouns take every particle this way.
    // The change is process-wide: every check sharing this dictionary sees
    // it. Returns false when `model` is not in the dictionary. Words added
    // twice are added once.
    bool addWithAffix(const QString &word, const QString &model);
    void add(const QString &word);

    // The words of the .dic file itself, decomposed (NFD), and for a word
    // ending in 다 its stem too (드러나다 → 드러나): a set lookup that answers
    // "is this a dictionary word or stem" without Hunspell's affix search,
    // which is slowest exactly when the answer is no. Read on first use.
    const QSet<QString> &entries() const;

    struct Stats {
        qint64 lookups = 0;
        qint64 misses = 0; // calls that reached Hunspell
        qint64 hunspellNs = 0;
    };
    Stats stats() const;

private:
    // Hunspell's form of a word: NFD for dictionaries that store decomposed
    // Hangul (ko_KR), then the dictionary's encoding.
    std::string encode(const QString &word) const;
    QString decode(const std::string &bytes) const;
    void forgetRejections();

    static constexpr int kShards = 16;
    struct Shard {
        mutable std::shared_mutex lock;
        QHash<QString, bool> known;
    };

    QString m_name;
    QString m_dicPath;
    mutable std::once_flag m_entriesOnce;
    mutable QSet<QString> m_entries;
    QString m_encoding;
    bool m_utf8 = true;
    bool m_decomposed = false;
    std::unique_ptr<Hunspell> m_hunspell;
    mutable std::mutex m_hunspellLock; // guards m_hunspell and the converters
    mutable QStringEncoder m_encoder;
    mutable QStringDecoder m_decoder;
    QSet<QString> m_added;
    mutable Shard m_shards[kShards];
    mutable std::atomic<qint64> m_lookups{0};
    mutable std::atomic<qint64> m_misses{0};
    mutable std::atomic<qint64> m_hunspellNs{0};
};

// Finds and loads system dictionaries, each at most once per process.
class DictionaryRegistry
{
public:
    // Folders searched for NAME.aff/NAME.dic: $COPYDESK_HUNSPELL_PATH
    // (colon-separated) when set, else /usr/share/hunspell and
    // /usr/share/myspell/dicts.
    static QStringList defaultSearchPath();
    // The Debian package that ships a dictionary ("hunspell-ko").
    static QString packageFor(const QString &name);

    // The dictionary `name` from the first folder of `searchPath` that has
    // it, shared; nullptr when none has it. Throws when it exists but fails
    // to load.
    static std::shared_ptr<HunspellDictionary> find(const QString &name,
                                                    const QStringList &searchPath);
};

} // namespace copydesk
