// A file input's own button and "No file chosen" speak the browser's language, whatever the page's: each gets
// a Vietnamese button and the names of the files chosen. The input itself stays, transparent over them: still
// what a click, the keyboard and a screen reader reach, with its own label.
'use strict';
(function() {
    function describe(input, names) {
        const files = Array.from(input.files || []);
        if (!files.length) {
            names.textContent = 'Chưa chọn tệp nào';
        } else if (files.length === 1) {
            names.textContent = files[0].name;
        } else {
            names.textContent = files.length + ' tệp: ' + files.map(function(file) { return file.name; }).join(', ');
        }
    }

    function enhance(input) {
        if (input.dataset.fileChoice || input.closest('.empty-form')) {
            return;
        }
        input.dataset.fileChoice = '1';
        const choice = document.createElement('span');
        choice.className = 'file-choice';
        const button = document.createElement('span');
        button.className = 'file-choice-button';
        button.setAttribute('aria-hidden', 'true');
        const images = (input.accept || '').split(',').every(function(kind) { return kind.trim().startsWith('image/'); });
        button.textContent = (input.accept && images ? 'Chọn ảnh' : 'Chọn tệp') + (input.multiple ? ' (được nhiều)…' : '…');
        const names = document.createElement('span');
        names.className = 'file-choice-names';
        names.setAttribute('aria-hidden', 'true');
        input.parentNode.insertBefore(choice, input);
        choice.append(input, button, names);
        input.addEventListener('change', function() { describe(input, names); });
        describe(input, names);
    }

    function enhanceAll(root) {
        if (root.matches && root.matches('input[type=file]')) {
            enhance(root);
        }
        if (root.querySelectorAll) {
            root.querySelectorAll('input[type=file]').forEach(enhance);
        }
    }

    document.addEventListener('DOMContentLoaded', function() {
        enhanceAll(document.body);
        // The picker's upload field and a photo row added by "Thêm …" come later.
        new MutationObserver(function(changes) {
            changes.forEach(function(change) { change.addedNodes.forEach(enhanceAll); });
        }).observe(document.body, {childList: true, subtree: true});
    });
})();
