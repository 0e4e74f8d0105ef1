// Copy buttons: <button data-copy-target="#id" data-copy-status="#status" data-copied="Gekopieerd."> copies the
// target's text to the clipboard and says so in the live status element. Loaded as a file: the Content-Security-Policy allows no inline script.
document.addEventListener('click', async (event) => {
  const button = event.target.closest('button[data-copy-target]');
  if (!button) return;
  const target = document.querySelector(button.dataset.copyTarget);
  const status = button.dataset.copyStatus ? document.querySelector(button.dataset.copyStatus) : null;
  if (!target) return;
  try {
    await navigator.clipboard.writeText(target.textContent.trim());
    if (status) status.textContent = button.dataset.copied || 'Copied';
  } catch {
    // No clipboard (an insecure origin, a refused permission): select the text so Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents(target);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (status) status.textContent = button.dataset.selected || '';
  }
});
