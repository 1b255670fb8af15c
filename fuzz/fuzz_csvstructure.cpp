// SPDX-License-Identifier: GPL-3.0-or-later
// CsvStructure: the record and field count check run before GDAL reads a text table. First byte: the separator.
#include "fuzzsupport.h"
#include "io/csvstructure.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    static constexpr char kSeparators[] = {';', ',', '\t', '|'};
    const char separator = kSeparators[data[0] % 4];
    const QByteArray table(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const auto checked = Mk::CsvStructure::check(table, separator, QStringLiteral("fuzz.csv"));
    if (!checked)
        MkFuzz::expect(checked.error().message.contains(QStringLiteral("fuzz.csv")),
                       QStringLiteral("a refusal that does not name the file: %1").arg(checked.error().message));
    return 0;
}
