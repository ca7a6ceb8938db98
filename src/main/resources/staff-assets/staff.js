// Progressive enhancement only: every staff page works without this file. GOV.UK Frontend's
// components, e.g. the error summary taking focus so that a screen reader reads it first.
import { initAll } from '/assets/govuk-frontend-5.14.0/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// Typed answers outlive the end of a session: when the page signs its user out for lack of use,
// what they typed into a form marked data-keep-typed is kept in this window's sessionStorage
// (gone when the window closes), and put back once the same person signs in and is returned to
// that page, with the version they started from, so someone else's change meanwhile is not
// overwritten. Nothing is kept if they sign out themselves, and nothing for more than half an hour.
const KEPT = 'tg-typed';
const KEPT_FOR = 30 * 60 * 1000;
const dialog = document.getElementById('tg-timeout');
const signOut = document.getElementById('tg-sign-out');

const typedIn = (form) => [...form.elements]
  .filter((e) => e.name && e.name !== 'csrf' && (e.type !== 'hidden' || e.name === 'version') && e.type !== 'file'
    && e.type !== 'submit')
  .map((e) => ({ name: e.name, value: e.value, checked: e.checked, choice: e.type === 'radio' || e.type === 'checkbox' }));

const kept = () => {
  const saved = sessionStorage.getItem(KEPT);
  const found = saved ? JSON.parse(saved) : null;
  if (found && Date.now() - found.at > KEPT_FOR) {
    sessionStorage.removeItem(KEPT);
    return null;
  }
  return found;
};
kept();

const putBack = () => {
  const typed = kept();
  if (!typed || !dialog) {
    return;
  }
  const form = document.querySelector(`form[data-keep-typed="${CSS.escape(typed.page)}"]`);
  if (typed.who !== dialog.dataset.who || !form) {
    // another person, or another page: what was typed is not theirs to see, or has nowhere to go
    sessionStorage.removeItem(KEPT);
    return;
  }
  typed.fields.forEach((field) => {
    form.querySelectorAll(`[name="${CSS.escape(field.name)}"]`).forEach((input) => {
      if (field.choice) {
        if (input.value === field.value) {
          input.checked = field.checked;
        }
      } else {
        input.value = field.value;
      }
    });
  });
  sessionStorage.removeItem(KEPT);
  const banner = document.createElement('div');
  banner.className = 'govuk-notification-banner';
  banner.setAttribute('role', 'region');
  banner.setAttribute('aria-labelledby', 'tg-put-back-title');
  banner.innerHTML = '<div class="govuk-notification-banner__header"><h2 class="govuk-notification-banner__title" '
    + 'id="tg-put-back-title">Important</h2></div><div class="govuk-notification-banner__content">'
    + '<p class="govuk-notification-banner__heading">What you had typed has been put back. It is not saved yet.</p></div>';
  form.parentElement.insertBefore(banner, form);
  banner.setAttribute('tabindex', '-1');
  banner.focus();
};

if (signOut) {
  signOut.addEventListener('submit', () => {
    if (signOut.querySelector('[data-reason]').value !== 'timeout') {
      sessionStorage.removeItem(KEPT);
    }
  });
}

// The timeout warning (the GOV.UK timeout pattern): a modal dialog two minutes before the server
// ends an unused session. "Stay signed in" uses the session; when the countdown ends, the page
// signs out itself, a moment early, while the session is still there to be ended. The session is
// one for every tab: each page load and "Stay signed in" is noted in localStorage (a time, nothing
// more), so a tab left open never signs out someone still working in another.
const LAST_USE = 'tg-last-use';
const used = () => localStorage.setItem(LAST_USE, String(Date.now()));
if (dialog && signOut && typeof dialog.showModal === 'function') {
  putBack();
  const timeout = Number(dialog.dataset.timeout);
  // two minutes' warning, or half the session when that is shorter
  const warning = Math.min(Number(dialog.dataset.warning), timeout / 2);
  const count = dialog.querySelector('[data-count]');
  const announce = dialog.querySelector('[data-announce]');
  const left = (seconds) => `Time left: ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
  const early = 5;
  let warnAt;
  let endAt;
  let ticking;

  const restart = () => {
    const last = Number(localStorage.getItem(LAST_USE)) || Date.now();
    warnAt = last + Math.max(0, timeout - early - warning) * 1000;
    endAt = last + Math.max(0, timeout - early) * 1000;
  };

  const end = () => {
    const form = document.querySelector('form[data-keep-typed]');
    const back = form ? form.dataset.keepTyped : window.location.pathname + window.location.search;
    if (form) {
      sessionStorage.setItem(KEPT, JSON.stringify({ page: form.dataset.keepTyped, who: dialog.dataset.who, at: Date.now(),
        fields: typedIn(form) }));
    }
    if (Date.now() > endAt + early * 1000) {
      // the computer slept past the end: the session is already gone, and there is nothing to sign out of
      window.location.assign(`/staff/sign-in?timed-out&return=${encodeURIComponent(back)}`);
      return;
    }
    signOut.querySelector('[data-reason]').value = 'timeout';
    signOut.querySelector('[data-return]').value = back;
    signOut.submit();
  };

  const tick = () => {
    restart();
    if (dialog.open && Date.now() < warnAt) {
      // "Stay signed in" was pressed in another tab
      dialog.close();
    }
    const now = Date.now();
    if (now >= endAt) {
      clearInterval(ticking);
      end();
      return;
    }
    if (now >= warnAt) {
      const seconds = Math.ceil((endAt - now) / 1000);
      if (!dialog.open) {
        dialog.showModal();
        announce.textContent = `${dialog.querySelector('#tg-timeout-text').textContent.trim()} ${left(seconds)}`;
      } else if (seconds % 30 === 0 || seconds === 10) {
        // now and then, not every second, so that a screen reader can still be used
        announce.textContent = left(seconds);
      }
      count.textContent = left(seconds);
    }
  };

  dialog.querySelector('[data-keep]').addEventListener('click', async () => {
    const answer = await fetch('/staff/session', { credentials: 'same-origin' });
    if (answer.ok) {
      used();
      restart();
      dialog.close();
    } else {
      end();
    }
  });
  // Escape would close the dialog without telling the server: treat it as "stay signed in".
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    dialog.querySelector('[data-keep]').click();
  });

  used();
  restart();
  ticking = setInterval(tick, 1000);
}
