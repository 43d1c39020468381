#include "Mutator.h"

namespace parindex::fuzz {

Mutator::Mutator(quint32 seed, QList<QByteArray> dictionary) : m_rng(seed), m_dictionary(std::move(dictionary))
{
    // Tokens that break parsers of every kind.
    m_dictionary += {QByteArray("\0", 1),
                     "\xff",
                     "\x7f",
                     "\x80",
                     "\xc3\x28",
                     "\xef\xbb\xbf",
                     "\r\n",
                     "\n",
                     "\"",
                     "\\",
                     "-1",
                     "0",
                     "999999999999999999999",
                     "9223372036854775807",
                     "-9223372036854775808",
                     "1e309",
                     "NaN",
                     "\xe2\x80\xae",
                     "\xcc\x81"};
}

QByteArray Mutator::mutate(const QByteArray& input, const QList<QByteArray>& corpus)
{
    QByteArray data = input;
    const int rounds = 1 + below(4);
    for (int i = 0; i < rounds; ++i)
        mutateOnce(data, corpus);
    return data;
}

void Mutator::mutateOnce(QByteArray& data, const QList<QByteArray>& corpus)
{
    const int size = int(data.size());
    auto at = [&] { return below(size); };
    switch (below(11)) {
    case 0: // flip a bit
        if (size > 0)
            data[at()] = char(data[at()] ^ char(1 << below(8)));
        break;
    case 1: // a random byte
        if (size > 0)
            data[at()] = char(below(256));
        break;
    case 2: { // an interesting byte
        static const char interesting[] = {0, 1, 0x7f, char(0x80), char(0xff), '"', '{', '}', '[', ']', ',', ';', ':'};
        if (size > 0)
            data[at()] = interesting[below(int(sizeof interesting))];
        break;
    }
    case 3: { // insert random bytes
        QByteArray bytes;
        for (int n = 1 + below(8); n > 0; --n)
            bytes += char(below(256));
        data.insert(below(size + 1), bytes);
        break;
    }
    case 4: // delete a range
        if (size > 0) {
            const int from = at();
            data.remove(from, 1 + below(qMin(64, size - from)));
        }
        break;
    case 5: // duplicate a range
        if (size > 0) {
            const int from = at();
            const QByteArray chunk = data.mid(from, 1 + below(qMin(128, size - from)));
            data.insert(below(size + 1), chunk);
        }
        break;
    case 6:
    case 7: // a dictionary token, inserted or overwriting
        if (!m_dictionary.isEmpty()) {
            const QByteArray& token = m_dictionary[below(int(m_dictionary.size()))];
            const int pos = below(size + 1);
            if (below(2) == 0)
                data.insert(pos, token);
            else
                data.replace(pos, qMin(qsizetype(token.size()), data.size() - pos), token);
        }
        break;
    case 8: // splice with another seed
        if (!corpus.isEmpty()) {
            const QByteArray& other = corpus[below(int(corpus.size()))];
            const int cut = below(size + 1);
            const int from = below(int(other.size()) + 1);
            data = data.left(cut) + other.mid(from);
        }
        break;
    case 9: // truncate
        data.truncate(below(size + 1));
        break;
    default: { // a number somewhere replaced by an extreme one
        static const QList<QByteArray> numbers = {"0",          "-0",  "00",     "1.0001", "-5", "100000000000",
                                                  "2147483648", "1e3", "0.0005", "0,5",    "1.", ".5"};
        for (int tries = 0; tries < 8 && size > 0; ++tries) {
            const int pos = at();
            if (data[pos] >= '0' && data[pos] <= '9') {
                int end = pos;
                while (end < data.size() && ((data[end] >= '0' && data[end] <= '9') || data[end] == '.'))
                    ++end;
                data.replace(pos, end - pos, numbers[below(int(numbers.size()))]);
                break;
            }
        }
        break;
    }
    }
}

} // namespace parindex::fuzz
