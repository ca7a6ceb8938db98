// Progressive enhancement only: every page works without this file.
import { initAll } from '/assets/govuk-frontend-5.14.0/govuk-frontend.min.js';

initAll();

document.querySelectorAll('[data-print]').forEach((button) => {
  button.addEventListener('click', () => window.print());
});
// A printed page shows everything, folded or not.
window.addEventListener('beforeprint', () => {
  document.querySelectorAll('details').forEach((details) => { details.open = true; });
});

// The inactivity warning (after the GOV.UK timeout pattern): a modal dialog some time before the
// server wipes an idle session. "Carry on" tells the server the session is in use; when the
// countdown ends, the session is finished here too, so the screen shows nothing of this person.
const dialog = document.getElementById('tg-timeout');
if (dialog && typeof dialog.showModal === 'function') {
  const timeout = Number(dialog.dataset.timeout);
  const warning = Number(dialog.dataset.warning);
  const count = dialog.querySelector('[data-count]');
  const announce = dialog.querySelector('[data-announce]');
  const finish = dialog.querySelector('[data-finish]');
  const text = dialog.querySelector('#tg-timeout-text').textContent.trim();
  const left = (seconds) => count.dataset.template
    .replace('{0}', `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`);
  let warnAt;
  let endAt;
  let ticking;

  // The server counts from the last request it saw, a moment before this page arrived: finish a
  // little early, while the session still exists to be finished.
  const early = 5;
  const restart = () => {
    warnAt = Date.now() + Math.max(0, timeout - early - warning) * 1000;
    endAt = Date.now() + Math.max(0, timeout - early) * 1000;
  };

  const clear = () => {
    finish.querySelector('[data-reason]').value = 'timeout';
    finish.submit();
  };

  const tick = () => {
    const now = Date.now();
    if (now >= endAt) {
      clearInterval(ticking);
      clear();
      return;
    }
    if (now >= warnAt) {
      const seconds = Math.ceil((endAt - now) / 1000);
      if (!dialog.open) {
        dialog.showModal();
        announce.textContent = `${text} ${left(seconds)}`;
      } else if (seconds % 30 === 0 || seconds === 10) {
        // announced now and then, not every second, so a screen reader can still be used
        announce.textContent = left(seconds);
      }
      count.textContent = left(seconds);
    }
  };

  dialog.querySelector('[data-keep]').addEventListener('click', async () => {
    const body = new URLSearchParams({ csrf: finish.querySelector('[name=csrf]').value });
    const answer = await fetch('/kiosk/keep-alive', { method: 'POST', body, credentials: 'same-origin' });
    if (answer.ok) {
      restart();
      dialog.close();
    } else {
      clear();
    }
  });
  // Escape would close the dialog without telling the server: treat it as "carry on".
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    dialog.querySelector('[data-keep]').click();
  });

  restart();
  ticking = setInterval(tick, 1000);
}
