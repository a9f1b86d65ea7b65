// Progressive enhancement for long forms (the pages work without it):
// - forms marked data-validate are checked in the browser before they are sent, with the server's
//   own messages (data-required-message, data-invalid-message) shown next to each field and in a
//   summary at the top; the server checks everything again;
// - "Add a partner" adds a row in place instead of a round trip to the server.
(function () {
    'use strict';

    function errorSpan(field) {
        return document.getElementById(field.getAttribute('data-error') || field.id + '-error');
    }

    function messageFor(field) {
        if (field.validity.valueMissing) {
            return field.getAttribute('data-required-message') || field.validationMessage;
        }
        return field.getAttribute('data-invalid-message') || field.validationMessage;
    }

    function mark(field, message) {
        var span = errorSpan(field);
        if (span) {
            span.textContent = message;
        }
        if (message) {
            field.setAttribute('aria-invalid', 'true');
            field.classList.add('is-invalid');
        } else {
            field.removeAttribute('aria-invalid');
            field.classList.remove('is-invalid');
        }
    }

    function summarise(form, problems) {
        var old = document.getElementById('form-errors');
        if (old) {
            old.remove();
        }
        var box = document.createElement('div');
        box.className = 'alert alert-danger';
        box.id = 'form-errors';
        box.setAttribute('role', 'alert');
        box.tabIndex = -1;
        var title = document.createElement('h2');
        title.className = 'h6';
        title.textContent = form.getAttribute('data-summary-title') || '';
        box.appendChild(title);
        var list = document.createElement('ul');
        list.className = 'mb-0';
        problems.forEach(function (p) {
            var item = document.createElement('li');
            var link = document.createElement('a');
            link.href = '#' + p.field.id;
            link.textContent = p.message;
            item.appendChild(link);
            list.appendChild(item);
        });
        box.appendChild(list);
        form.parentNode.insertBefore(box, form);
        box.focus();
    }

    document.querySelectorAll('form[data-validate]').forEach(function (form) {
        form.addEventListener('submit', function (event) {
            if (event.submitter && event.submitter.hasAttribute('formnovalidate')) {
                return;
            }
            var problems = [];
            var seen = {};
            form.querySelectorAll('input, select, textarea').forEach(function (field) {
                if (!field.willValidate || !field.id || field.type === 'hidden') {
                    return;
                }
                var key = field.type === 'radio' ? 'radio:' + field.name : field.id;
                if (seen[key]) {
                    return;
                }
                seen[key] = true;
                var message = field.checkValidity() ? '' : messageFor(field);
                mark(field, message);
                if (message) {
                    problems.push({ field: field, message: message });
                }
            });
            if (problems.length > 0) {
                event.preventDefault();
                summarise(form, problems);
            }
        });
    });

    document.querySelectorAll('[data-add-partner]').forEach(function (button) {
        button.addEventListener('click', function (event) {
            var sector = button.getAttribute('data-add-partner');
            var list = document.querySelector('[data-partner-list="' + sector + '"]');
            var template = document.getElementById(list.id + '-template');
            var index = list.querySelectorAll('.partner-row').length;
            if (index >= Number(list.getAttribute('data-max'))) {
                return;
            }
            event.preventDefault();
            var html = template.innerHTML.replace(/INDEX/g, String(index)).replace(/NUMBER/g, String(index + 1));
            list.insertAdjacentHTML('beforeend', html);
            list.lastElementChild.querySelector('input').focus();
            if (index + 1 >= Number(list.getAttribute('data-max'))) {
                button.hidden = true;
            }
        });
    });
})();
