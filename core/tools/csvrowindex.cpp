// SPDX-License-Identifier: GPL-3.0-or-later
// mk-csvrowindex IN.csv OUT.rowindex COLUMN: a build step. Writes, for each value of COLUMN, the byte ranges of the
// records that hold it, so a loader can hand GDAL the header and one gemeente's rows instead of the whole national
// table (format: io/csvrowindex_p.h). GDAL's CSV driver reads the values, so quoting and separators are its own; the
// record boundaries are the file's lines, which the tool checks: it refuses a file where a quoted value spans lines.
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

namespace {

int failWith(const std::string& message)
{
    std::fprintf(stderr, "mk-csvrowindex: %s\n", message.c_str());
    return 1;
}

/** Start offsets of the non-blank lines of `bytes`, and the offset after the last one. */
std::vector<size_t> lineStarts(const std::string& bytes, size_t& end, bool& quoteSpansLines)
{
    std::vector<size_t> starts;
    quoteSpansLines = false;
    size_t pos = 0;
    while (pos < bytes.size()) {
        size_t eol = bytes.find('\n', pos);
        if (eol == std::string::npos)
            eol = bytes.size();
        size_t quotes = 0;
        bool blank = true;
        for (size_t i = pos; i < eol; ++i) {
            quotes += bytes[i] == '"';
            blank = blank && (bytes[i] == '\r' || bytes[i] == ' ');
        }
        if (quotes % 2 != 0)
            quoteSpansLines = true;
        if (!blank)
            starts.push_back(pos);
        pos = eol + 1;
    }
    end = bytes.size();
    return starts;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 4)
        return failWith("usage: mk-csvrowindex IN.csv OUT.rowindex COLUMN");
    const std::string in = argv[1], out = argv[2], column = argv[3];
    std::ifstream file(in, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    if (!file.good() && !file.eof())
        return failWith("cannot read " + in);

    size_t end = 0;
    bool quoteSpansLines = false;
    const std::vector<size_t> starts = lineStarts(bytes, end, quoteSpansLines);
    if (quoteSpansLines)
        return failWith(in + ": a quoted value spans lines, so its lines are not its records");
    if (starts.empty())
        return failWith(in + " is empty");

    GDALAllRegister();
    const char* const drivers[] = {"CSV", nullptr};
    const char* const options[] = {"AUTODETECT_TYPE=NO", "HEADERS=YES", "EMPTY_STRING_AS_NULL=NO", nullptr};
    GDALDatasetUniquePtr ds(GDALDataset::Open(in.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
    if (!ds || ds->GetLayerCount() != 1)
        return failWith("GDAL cannot read " + in + " as one CSV layer");
    OGRLayer* layer = ds->GetLayer(0);
    const int field = layer->GetLayerDefn()->GetFieldIndex(column.c_str());
    if (field < 0)
        return failWith(in + " has no column " + column);

    // Consecutive records with the same key become one range; a key that comes back gets another range.
    std::string text = "mengkaart-csv-row-index;2;" + std::to_string(bytes.size()) + ';' + std::to_string(starts.size() > 1 ? starts[1] : end)
        + ';' + column + '\n';
    size_t record = 1; // line 0 is the header
    std::string key;
    size_t rangeStart = 0, rangeRecord = 0;
    auto flush = [&](size_t rangeEnd) {
        if (!key.empty())
            text += key + ';' + std::to_string(rangeStart) + ';' + std::to_string(rangeEnd - rangeStart) + ';'
                + std::to_string(rangeRecord - 1) + ';' + std::to_string(record - rangeRecord) + '\n';
    };
    for (auto& feature : *layer) {
        if (record >= starts.size())
            return failWith(in + ": GDAL reads more records than the file has lines");
        const std::string value = feature->GetFieldAsString(field);
        if (value.empty() || value.find_first_of(";\n") != std::string::npos)
            return failWith(in + ": line " + std::to_string(record + 1) + " has no usable " + column);
        if (value != key) {
            flush(starts[record]);
            key = value;
            rangeStart = starts[record];
            rangeRecord = record;
        }
        ++record;
    }
    if (record != starts.size())
        return failWith(in + ": GDAL reads " + std::to_string(record - 1) + " records but the file has "
                        + std::to_string(starts.size() - 1) + " lines of data");
    flush(end);

    std::ofstream output(out, std::ios::binary | std::ios::trunc);
    output << text;
    if (!output.good())
        return failWith("cannot write " + out);
    return 0;
}
