/* Shared page helpers: fetch that carries the CSRF token on state-changing requests. */
window.crmFetch = function (url, options) {
  const opts = Object.assign({ credentials: 'same-origin', headers: {} }, options || {});
  const method = (opts.method || 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      opts.headers[header.content] = token.content;
    }
  }
  return fetch(url, opts).then(function (response) {
    if (!response.ok) {
      throw new Error('HTTP ' + response.status + ' ' + url);
    }
    return response.json();
  });
};
