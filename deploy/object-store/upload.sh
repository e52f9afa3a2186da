#!/usr/bin/env sh
# KB Atlas in an object store behind a CDN (docs/deploy.md#an-object-store-behind-a-cdn): uploads a built
# site to an S3 bucket (or any S3-compatible store: R2, B2, MinIO with --endpoint-url) with the cache
# headers the CDN and browsers keep. Usage: deploy/object-store/upload.sh dist s3://my-bucket [extra aws args]
set -eu
site=${1:?usage: upload.sh <built site> <s3://bucket[/prefix]> [aws options]}
bucket=${2:?usage: upload.sh <built site> <s3://bucket[/prefix]> [aws options]}
shift 2

# 1. Content-hashed files first (Astro's _astro/, Pagefind's index chunks): a year, never revalidated. They
#    are in place before any page that names them.
aws s3 sync "$site" "$bucket" "$@" --exclude '*' \
  --include '_astro/*' --include 'pagefind/*fragment/*' --include 'pagefind/*index/*' \
  --include 'pagefind/*filter/*' --include 'pagefind/*.pf_meta' \
  --cache-control 'public, max-age=31536000, immutable'

# 2. Everything else: pages, JSON, Pagefind's entry files. Revalidated on each use (an unchanged file is a 304).
#    The host files of Netlify and Cloudflare mean nothing here.
aws s3 sync "$site" "$bucket" "$@" --exclude '_headers' --exclude '_redirects' \
  --exclude '_astro/*' --exclude 'pagefind/*fragment/*' --exclude 'pagefind/*index/*' \
  --exclude 'pagefind/*filter/*' --exclude 'pagefind/*.pf_meta' \
  --cache-control 'no-cache'

# 3. Only then remove what the new build no longer has.
aws s3 sync "$site" "$bucket" "$@" --delete --exclude '_headers' --exclude '_redirects'
