// Commerce Advisor pages. Everything works without this script; with it a follow-up question appears only when it
// applies, the questionnaire goes one section at a time, and unsent answers are kept as a draft in this browser.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) { window.print(); }
  });

  // Signing out drops every draft kept in this browser: the next reader of a shared computer sees none.
  document.addEventListener('submit', function (event) {
    if (event.target.matches('form[action="/sign-out"]') && window.localStorage) {
      Object.keys(localStorage).filter(function (key) { return key.indexOf('commerce-advisor-draft:') === 0; })
        .forEach(function (key) { localStorage.removeItem(key); });
    }
  });

  function chosen(form, question) {
    var values = [];
    form.querySelectorAll('[name="' + question + '"]').forEach(function (input) {
      if ((input.type === 'radio' || input.type === 'checkbox') ? input.checked : input.value !== '') {
        values.push(input.value);
      }
    });
    return values;
  }

  // Follow-up questions: shown (and sent) only when the answer they follow is one of data-show-if-values.
  function applyFollowUps(form) {
    form.querySelectorAll('[data-show-if]').forEach(function (block) {
      var wanted = block.getAttribute('data-show-if-values').split(' ');
      var applies = chosen(form, block.getAttribute('data-show-if')).some(function (v) { return wanted.indexOf(v) >= 0; });
      block.classList.toggle('hidden', !applies);
      block.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !applies; });
    });
  }

  // One section at a time, with the progress through the sections.
  function stepper(form) {
    var steps = Array.prototype.slice.call(form.querySelectorAll('section.step'));
    var progress = form.querySelector('.progress');
    if (steps.length < 2 || !progress) { return; }
    var items = progress.querySelectorAll('li');
    var counter = progress.querySelector('[data-step-status]');
    if (counter) { counter.hidden = false; }
    var back = form.querySelector('[data-step-back]');
    var next = form.querySelector('[data-step-next]');
    var current = 0;
    var firstInvalid = steps.findIndex(function (step) { return step.querySelector('.invalid'); });
    if (firstInvalid >= 0) { current = firstInvalid; }
    function show(index, focus) {
      current = Math.max(0, Math.min(steps.length - 1, index));
      steps.forEach(function (step, i) { step.classList.toggle('hidden', i !== current); });
      items.forEach(function (item, i) {
        if (i === current) { item.setAttribute('aria-current', 'step'); } else { item.removeAttribute('aria-current'); }
      });
      if (counter) { counter.textContent = counter.getAttribute('data-step-template').replace('#', String(current + 1)); }
      back.hidden = current === 0;
      next.hidden = current === steps.length - 1;
      if (focus) { var heading = steps[current].querySelector('h2'); if (heading) { heading.focus(); } }
    }
    back.addEventListener('click', function () { show(current - 1, true); });
    next.addEventListener('click', function () { show(current + 1, true); });
    items.forEach(function (item, i) {
      var link = item.querySelector('a');
      if (link) { link.addEventListener('click', function (event) { event.preventDefault(); show(i, true); }); }
    });
    show(current, false);
  }

  // A draft of the answers in this browser (localStorage) until the form is sent.
  function draft(form) {
    var key = form.getAttribute('data-draft');
    if (!key || !window.localStorage) { return; }
    key = 'commerce-advisor-draft:' + key;
    function save() {
      var answers = {};
      new FormData(form).forEach(function (value, name) {
        if (name === form.getAttribute('data-csrf-field')) { return; }
        (answers[name] = answers[name] || []).push(value);
      });
      localStorage.setItem(key, JSON.stringify(answers));
    }
    if (form.getAttribute('data-server-answers') !== 'true') {
      var saved = localStorage.getItem(key);
      if (saved) {
        try {
          var answers = JSON.parse(saved);
          Object.keys(answers).forEach(function (name) {
            form.querySelectorAll('[name="' + name + '"]').forEach(function (input) {
              if (input.type === 'radio' || input.type === 'checkbox') {
                input.checked = answers[name].indexOf(input.value) >= 0;
              } else if (input.type !== 'hidden') {
                input.value = answers[name][0];
              }
            });
          });
          var restored = form.querySelector('[data-draft-restored]');
          if (restored) { restored.hidden = false; }
        } catch (ignored) { localStorage.removeItem(key); }
      }
    }
    form.addEventListener('input', save);
    form.addEventListener('change', save);
    var discard = form.querySelector('[data-draft-discard]');
    if (discard) {
      discard.addEventListener('click', function () { localStorage.removeItem(key); window.location.reload(); });
    }
  }

  // The page the server sends after taking a form says so (?sent=<draft>): only then is the draft dropped.
  function dropSentDraft() {
    var params = new URLSearchParams(window.location.search);
    var sent = params.get('sent');
    if (sent && window.localStorage) {
      localStorage.removeItem('commerce-advisor-draft:' + sent);
      params.delete('sent');
      var rest = params.toString();
      window.history.replaceState(null, '', window.location.pathname + (rest ? '?' + rest : '') + window.location.hash);
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    dropSentDraft();
    document.querySelectorAll('form[data-questionnaire]').forEach(function (form) {
      draft(form);
      applyFollowUps(form);
      form.addEventListener('change', function () { applyFollowUps(form); });
      stepper(form);
    });
  });
}());
