#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>

namespace parindex::fuzz {

// Byte-level mutations in the manner of libFuzzer's: bit flips, random and "interesting"
// bytes, insertions, deletions, duplicated ranges, tokens from a dictionary, splices with other
// seeds and truncation; one to a few per input. Deterministic for a given seed.
class Mutator
{
public:
    Mutator(quint32 seed, QList<QByteArray> dictionary);

    QByteArray mutate(const QByteArray& input, const QList<QByteArray>& corpus);
    QRandomGenerator& random() { return m_rng; }
    int below(int n) { return n <= 0 ? 0 : int(m_rng.bounded(quint32(n))); }

private:
    void mutateOnce(QByteArray& data, const QList<QByteArray>& corpus);
    QRandomGenerator m_rng;
    QList<QByteArray> m_dictionary;
};

} // namespace parindex::fuzz
