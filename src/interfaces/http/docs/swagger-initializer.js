/* global window, SwaggerUIBundle */
// A file of its own rather than an inline script, which the Content-Security-Policy forbids.
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    // No call to the public validator: the page loads nothing from outside this server.
    validatorUrl: null,
  });
});
