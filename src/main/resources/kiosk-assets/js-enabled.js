// Runs first in <body>, as GOV.UK Frontend's page template does inline (our CSP allows no inline script).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
