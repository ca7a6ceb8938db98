// Progressive enhancement only: every staff page works without this file. GOV.UK Frontend's
// components, e.g. the error summary taking focus so that a screen reader reads it first.
import { initAll } from '/assets/govuk-frontend-5.14.0/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
