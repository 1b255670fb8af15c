#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The .deb as a user gets it (issue 12 item 7): built by CPack from the build tree, unpacked with dpkg-deb -x into
# a scratch directory and checked there — stripped binaries without RPATH, every library the binaries link named
# in Depends, man pages that describe every subcommand and option the programs have, a desktop file and AppStream
# metainfo that validate — and then the unpacked programs run on the demo with nothing of the build tree around:
# the CLI loads and exports it, the GUI opens it offscreen and quits (--quit-after-load).
# Usage: checkpackage.sh BUILD_DIR        (CTest test `package`, label `package`; no network)
set -euo pipefail
build=$(realpath "$1")
work="$build/package-test"
rm -rf "$work"
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

# The package, as `cpack -G DEB` in the build tree makes it. CPack first builds the `preinstall` target, which is
# up to date when CTest runs after the build.
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; echo "FAIL: cpack"; exit 1; }
deb=$(find "$work/cpack" -maxdepth 1 -name '*.deb' | head -1)
[ -n "$deb" ] || { cat "$work/cpack.log"; echo "FAIL: cpack wrote no .deb"; exit 1; }
root="$work/root"
dpkg-deb -x "$deb" "$root"
rm -rf "$work/cpack/_CPack_Packages" # CPack's staging copy: a few hundred MB of unstripped binaries
echo "package: $(basename "$deb"), $(du -k "$deb" | cut -f1) KiB; installed size $(dpkg-deb -f "$deb" Installed-Size) KiB"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"

bins=("$root/usr/bin/mengkaart" "$root/usr/bin/mengkaart-cli")
for bin in "${bins[@]}"; do
    [ -x "$bin" ] || { fail "$bin missing from the package"; continue; }
    sections=$(readelf -S -W "$bin")
    grep -q '\.debug_info' <<<"$sections" && fail "$(basename "$bin") carries debug information (not stripped)"
    grep -q '\.symtab' <<<"$sections" && fail "$(basename "$bin") carries a symbol table (not stripped)"
    # Qt's $ORIGIN-relative RUNPATH keeps the install relocatable; a path into the build tree would not.
    rpath=$(readelf -d "$bin" | sed -n 's/.*R\(UN\)\{0,1\}PATH.*\[\(.*\)\]/\2/p')
    tr ':' '\n' <<<"$rpath" | grep -Ev '^(\$ORIGIN.*)?$' && fail "$(basename "$bin") has an absolute RPATH: $rpath"
    # Every library linked directly must come from a package in Depends.
    while read -r soname; do
        # "libfoo.so.1 => /usr/lib/.../libfoo.so.1 (0x...)", or for the dynamic loader "/lib64/ld-linux-x86-64.so.2 (0x...)".
        path=$(ldd "$bin" | awk -v so="$soname" '$1 == so { print $3 } substr($1, length($1) - length(so)) == "/" so { print $1 }')
        [ -n "$path" ] && [ "$path" != "not" ] || { fail "$(basename "$bin"): $soname is not found on this system"; continue; }
        owner=$(dpkg -S "$path" 2>/dev/null || dpkg -S "$(realpath "$path")" 2>/dev/null ||
                dpkg -S "${path#/usr}" 2>/dev/null || dpkg -S "/usr$path" 2>/dev/null || true)
        pkg=${owner%%:*}
        [ -n "$pkg" ] || { fail "$(basename "$bin"): no package owns $path ($soname)"; continue; }
        sed 's/([^)]*)//g; s/[,|]/\n/g; s/ //g' <<<"$depends" | grep -Fxq "$pkg" || fail "$(basename "$bin") links $soname of $pkg, which Depends does not name"
    done < <(readelf -d "$bin" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
done

# Man pages: present, compressed, well-formed, and describing every command and option the programs print in --help.
# A clean environment, but the sanitizer presets' options pass through: in the asan build the package holds asan binaries,
# and without the preset's detect_leaks=0 LeakSanitizer reports GDAL's own allocations kept until exit.
sanitizer_env=()
for v in ASAN_OPTIONS UBSAN_OPTIONS TSAN_OPTIONS LSAN_OPTIONS; do
    [ -n "${!v:-}" ] && sanitizer_env+=("$v=${!v}")
done
clean_env=(env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen
           "${sanitizer_env[@]}")
run() { "${clean_env[@]}" "$@"; }
man_text() { zcat "$root/usr/share/man/man1/$1.1.gz" | sed 's/\\-/-/g'; }
# Option lines of a --help: two spaces, then "-x, --name" or "--name" (continuation lines are indented further).
options_of() { sed -n 's/^  \(-[A-Za-z0-9?], \)\{0,1\}\(--[a-z0-9][a-z0-9-]*\).*/\2/p' | sort -u; }
# The lines of a section (.SH or .SS) of a man text, by title with or without quotes.
section_of() { awk -v h="$1" -v t="$2" '$0 == h " " t || $0 == h " \"" t "\"" { on = 1; next } /^\.S[SH]/ { on = 0 } on' <<<"$3"; }
names_option() { grep -Eq -- "(^|[^a-z0-9-])$2([^a-z0-9-]|\$)" <<<"$1"; }
for page in mengkaart mengkaart-cli; do
    file="$root/usr/share/man/man1/$page.1.gz"
    [ -f "$file" ] || { fail "man page $page.1.gz missing"; continue; }
    warnings=$(zcat "$file" | groff -man -ww -z -Tutf8 2>&1 || true)
    [ -z "$warnings" ] || fail "man page $page: groff warns: $warnings"
done
cli="$root/usr/bin/mengkaart-cli"
cli_man=$(man_text mengkaart-cli)
common_options=$(section_of .SH "COMMON OPTIONS" "$cli_man")
data_options=$(section_of .SH "DATA OPTIONS" "$cli_man")
[ -n "$common_options" ] && [ -n "$data_options" ] || fail "mengkaart-cli.1 lacks COMMON OPTIONS or DATA OPTIONS"
# A command's option is described in its own section, in COMMON OPTIONS, or in DATA OPTIONS when the section refers to it.
check_command() {
    local title=$1 help=$2 text option
    text=$(section_of .SS "$title" "$cli_man")
    [ -n "$text" ] || { fail "mengkaart-cli.1 has no section (.SS) for \"$title\""; return; }
    for option in $(options_of <<<"$help"); do
        names_option "$text" "$option" || names_option "$common_options" "$option" ||
            { grep -q 'DATA OPTIONS' <<<"$text" && names_option "$data_options" "$option"; } ||
            fail "mengkaart-cli.1 does not describe $option of \"$title\""
    done
}
commands=$(run "$cli" --help | sed -n '/^Commands:/,$s/^  \([a-z][a-z-]*\)  .*/\1/p')
[ "$(wc -w <<<"$commands")" -ge 10 ] || fail "mengkaart-cli --help lists only: $commands"
for command in $commands; do
    help=$(run "$cli" "$command" --help 2>&1 || true)
    if grep -q '^Options:' <<<"$help"; then
        check_command "$command" "$help"
        continue
    fi
    # A command of commands (project save|info, bench NAME): each has its section and its options.
    subcommands=$( { grep -o "mengkaart-cli $command [a-z][a-z-]*" <<<"$help" | cut -d' ' -f3
                     sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' <<<"$help"; } | sort -u)
    if [ -z "$subcommands" ]; then
        check_command "$command" "" # no options (version)
        continue
    fi
    for sub in $subcommands; do
        check_command "$command $sub" "$(run "$cli" "$command" "$sub" --help 2>&1 || true)"
    done
done
gui_man=$(man_text mengkaart)
gui_options=$(run "$root/usr/bin/mengkaart" --help | options_of)
[ "$(wc -w <<<"$gui_options")" -ge 5 ] || fail "mengkaart --help lists only: $gui_options"
for option in $gui_options; do
    names_option "$gui_man" "$option" || fail "mengkaart.1 does not describe $option"
done

# Desktop entry and AppStream metadata.
desktop-file-validate "$root/usr/share/applications/nl.mengkaart.Mengkaart.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --strict "$root/usr/share/metainfo/nl.mengkaart.Mengkaart.metainfo.xml" || fail "appstreamcli validate"
[ -f "$root/usr/share/icons/hicolor/scalable/apps/nl.mengkaart.Mengkaart.svg" ] || fail "icon missing"
[ -f "$root/usr/share/doc/mengkaart/copyright" ] || fail "copyright file missing"

# The unpacked programs, with a clean environment and a fresh home: nothing of the build tree or the user's settings.
out=$(run "$cli" version) || fail "mengkaart-cli version: exit $?"
grep -q '^Mengkaart [0-9]' <<<"$out" || fail "mengkaart-cli version printed: $out"
out=$(run "$cli" load --demo 2>&1) || fail "mengkaart-cli load --demo: exit $?"
grep -q 'Baarn' <<<"$out" || fail "mengkaart-cli load --demo does not mention Baarn: $out"
run "$cli" export --demo --what schools --format csv --out "$work/schools.csv" >/dev/null 2>&1 || fail "mengkaart-cli export --demo"
[ "$(wc -l <"$work/schools.csv" 2>/dev/null || echo 0)" -ge 2 ] || fail "the exported schools CSV has no rows"
out=$(run "$root/usr/bin/mengkaart" --version) || fail "mengkaart --version: exit $?"
out=$(timeout 120 "${clean_env[@]}" "$root/usr/bin/mengkaart" --demo --quit-after-load 2>&1) ||
    fail "mengkaart --demo --quit-after-load: exit $? $out"
# And a gemeente that does not exist: exit status 1 with the nearest names, not a dialog waiting for a click.
status=0
out=$(timeout 120 env -i PATH=/usr/bin:/bin HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" LANG=C.UTF-8 \
      QT_QPA_PLATFORM=offscreen "$root/usr/bin/mengkaart" --gemeente Nijmgen --quit-after-load 2>&1) || status=$?
[ "$status" -eq 1 ] && grep -q 'GM0268' <<<"$out" ||
    fail "mengkaart --gemeente Nijmgen --quit-after-load: exit $status (expected 1 naming Nijmegen GM0268): $out"

if [ "$failures" -gt 0 ]; then
    echo "package: $failures check(s) failed"
    exit 1
fi
echo "package: all checks passed"
