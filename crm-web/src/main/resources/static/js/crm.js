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

/*
 * Behaviour declared in the markup, since the Content-Security-Policy allows no inline script or on*= handlers:
 * data-submit-on-change submits the control's form when it changes; data-confirm asks before a click goes on.
 */
document.addEventListener('change', function (event) {
  const control = event.target;
  if (control.form && control.matches('[data-submit-on-change]')) {
    control.form.submit();
  }
});
document.addEventListener('click', function (event) {
  const trigger = event.target.closest && event.target.closest('[data-confirm]');
  if (trigger && !window.confirm(trigger.dataset.confirm)) {
    event.preventDefault();
  }
});
