// KB Atlas behind CloudFront with a private S3 bucket as origin (docs/deploy.md#an-object-store-behind-a-cdn):
// a viewer-request function (cloudfront-js-2.0) that maps a folder URL to its index.html, as a static
// host does: /kb/311/Q311457/ → /kb/311/Q311457/index.html, and /kb/311/Q311457 → a 301 to the slash form.
// Missing objects (403 from a private bucket, or 404) are answered by a custom error response:
// /404.html with status 404, whose script resolves short links and Microsoft's old URLs.
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) {
    request.uri = uri + 'index.html';
  } else if (!/\.[A-Za-z0-9_]+$/.test(uri.split('/').pop()) && /^\/kb\/\d{3}\/Q\d+$|^\/(products|keywords|years|search|disclaimer)(\/.*)?$/.test(uri)) {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: uri + '/' } } };
  }
  return request;
}
