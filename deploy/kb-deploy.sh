#!/bin/sh
# Installs a built site as a new release and switches to it in one step, so readers never get a mix
# of the old and the new site (docs/decisions/1900-serving-behind-nginx.md):
#
#   KB_ROOT/releases/<n>-<time>/   one complete site per deploy (the newest KEEP are kept)
#   KB_ROOT/current                symlink to the release nginx serves; replaced with rename(2)
#   KB_ROOT/nginx/                 kb-site.conf etc., rendered for this site (include kb-site.conf)
#
# A page of the previous release still open in a browser keeps working: the files whose names carry a
# content hash (_astro/, the search index version the page names: search-index/ and its manifest
# <lang>/search/index.<hash>.json, Pagefind's chunks) of the previous release are copied into the new one.
#
# Usage: sh kb-deploy.sh SITE_DIR KB_ROOT
#   SITE_DIR  the built site (site/ in the package, or dist/); its BASE_PATH is read from its pages
#   KB_ROOT   the install directory, e.g. /srv/kb (created when missing)
# Environment: KEEP (releases kept, default 3).
set -eu

die() { echo "kb-deploy: $*" >&2; exit 1; }
[ $# -eq 2 ] || die "usage: sh kb-deploy.sh SITE_DIR KB_ROOT"
site=$1
case $2 in /*) root=${2%/} ;; *) root=$(pwd)/${2%/} ;; esac
keep=${KEEP:-3}
here=$(cd "$(dirname "$0")" && pwd)

[ -f "$site/index.html" ] || die "$site holds no built site (no index.html)"
[ -f "$here/nginx/kb-site.conf.template" ] || die "$here/nginx/kb-site.conf.template is missing"
case $root in *[[:space:]\;\{\}\"\'\$#]*) die "KB_ROOT must not hold spaces or ; { } \" ' \$ #: $root" ;; esac
base=$(sed -n 's/.*<html[^>]* data-base="\([^"]*\)".*/\1/p' "$site/index.html" | head -n 1)
case $base in /*/ | /) ;; *) die "cannot read the site's base path from $site/index.html (data-base on <html>)" ;; esac

if [ -e "$root/current" ] && [ ! -L "$root/current" ]; then
  die "$root/current is a directory, not the symlink this script switches; move it away first"
fi
mkdir -p "$root/releases" "$root/nginx/enabled"
# One deploy at a time.
lock="$root/.deploy-lock"
mkdir "$lock" 2>/dev/null || die "another deploy is running (remove $lock if it is not)"
trap 'rm -rf "$lock" "${new:-$lock}.tmp"' EXIT INT TERM

# Release names sort in deploy order: a sequence number first.
last=$(ls "$root/releases" | sed -n 's/^\([0-9][0-9]*\)-.*/\1/p' | sort -n | tail -n 1)
seq=$(printf '%06d' "$(expr "${last:-0}" + 1)")
name="$seq-$(date -u +%Y%m%dT%H%M%SZ)"
new="$root/releases/$name"

cp -R "$site" "$new.tmp"
# The files this build made whose names carry a hash of their content.
hashed() { (cd "$1" && find . -type f \( -path './_astro/*' -o -path './search-index/*' -o -path './*/search/index.*.json*' -o -path './pagefind/index/*' -o -path './pagefind/fragment/*' -o -path './pagefind/filter/*' \) | sort); }
hashed "$new.tmp" > "$new.files"
if [ -L "$root/current" ]; then
  prev="$root/releases/$(basename "$(readlink "$root/current")")"
  if [ -f "$prev.files" ]; then
    while IFS= read -r f; do
      [ -e "$new.tmp/$f" ] || [ ! -e "$prev/$f" ] && continue
      mkdir -p "$(dirname "$new.tmp/$f")"
      cp -p "$prev/$f" "$new.tmp/$f"
    done < "$prev.files"
  fi
fi
mv "$new.tmp" "$new"

# The nginx files, rendered for this site; a change needs `nginx -s reload`.
render() {
  if [ "$base" = / ]; then grep -v '# sub-path only$' "$1"; else cat "$1"; fi | sed -e "/^[[:space:]]*#/!{
s#\${KB_BASE}#$base#g
s#\${KB_PATH}#${base%/}#g
s#\${KB_ROOT}#$root#g
s#\${KB_LISTEN}#80#g
}"
}
changed=""
for t in kb-site.conf kb-server.conf; do
  render "$here/nginx/$t.template" > "$root/nginx/$t.new"
done
cp "$here/nginx/kb-headers.conf" "$root/nginx/kb-headers.conf.new"
cp "$here/nginx/kb-brotli.conf" "$root/nginx/kb-brotli.conf.new"
for f in kb-site.conf kb-server.conf kb-headers.conf kb-brotli.conf; do
  if cmp -s "$root/nginx/$f.new" "$root/nginx/$f"; then rm "$root/nginx/$f.new"; else mv "$root/nginx/$f.new" "$root/nginx/$f"; changed="$changed $f"; fi
done

# The switch: a new symlink renamed over the old one (rename is atomic; `ln -sfn` is not).
ln -s "releases/$name" "$root/current.$$"
mv -T "$root/current.$$" "$root/current"

# Older releases beyond KEEP go (never the current one).
count=$(ls "$root/releases" | grep -cv -e '\.files$' -e '\.tmp$' || true)
[ "$count" -gt "$keep" ] && ls "$root/releases" | grep -v -e '\.files$' -e '\.tmp$' | sort -n | head -n "$((count - keep))" | while IFS= read -r old; do
  [ "$old" = "$name" ] || rm -rf "$root/releases/$old" "$root/releases/$old.files"
done

echo "kb-deploy: $root/current -> releases/$name (base path $base)"
if [ -n "$changed" ]; then
  echo "kb-deploy: nginx files changed:$changed. Check and reload nginx: nginx -t && nginx -s reload"
fi
