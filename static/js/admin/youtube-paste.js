// A YouTube address pasted alone in the editor asks for the clip's title (for readers who cannot see it) and
// becomes a paragraph holding a link with that title; the server stores it as a video figure (articles/videos.py).
'use strict';
(function() {
    const shared = window.bantinArticleForm;
    const ADDRESS = /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?(?:\S*&)?v=|shorts\/|embed\/)|youtu\.be\/)([\w-]{11})\S*$/;

    function askForTitle(onTitle) {
        const dialog = document.createElement('dialog');
        dialog.className = 'video-title-dialog';
        dialog.setAttribute('aria-labelledby', 'video-title-heading');
        const form = document.createElement('form');
        form.method = 'dialog';
        const heading = document.createElement('h2');
        heading.id = 'video-title-heading';
        heading.textContent = 'Chèn đoạn phim YouTube';
        const label = document.createElement('label');
        label.htmlFor = 'video-title';
        label.textContent = 'Tiêu đề đoạn phim (bắt buộc, để người đọc không nhìn thấy biết đây là phim gì)';
        const input = document.createElement('input');
        input.id = 'video-title';
        input.required = true;
        input.maxLength = 200;
        const insert = document.createElement('button');
        insert.type = 'submit';
        insert.value = 'insert';
        insert.textContent = 'Chèn phim';
        const cancel = document.createElement('button');
        cancel.type = 'button';
        cancel.textContent = 'Huỷ';
        cancel.addEventListener('click', function() { dialog.close(); });
        const row = document.createElement('p');
        row.append(insert, cancel);
        form.append(heading, label, input, row);
        dialog.append(form);
        document.body.append(dialog);
        dialog.addEventListener('close', function() {
            if (dialog.returnValue === 'insert' && input.value.trim()) {
                onTitle(input.value.trim());
            }
            dialog.remove();
        });
        dialog.showModal();
    }

    function escape(text) {
        const span = document.createElement('span');
        span.textContent = text;
        return span.innerHTML.replace(/"/g, '&quot;');
    }

    shared.whenEditorReady(function(editor) {
        editor.editing.view.document.on('clipboardInput', function(event, data) {
            const text = (data.dataTransfer.getData('text/plain') || '').trim();
            const match = text.match(ADDRESS);
            if (!match) {
                return;
            }
            event.stop();
            askForTitle(function(title) {
                editor.editing.view.focus();
                const address = 'https://www.youtube.com/watch?v=' + match[1];
                // The form stores it as it is (articles/videos.py); js/admin/video-in-editor.js shows it.
                const html = '<figure class="video"><a href="' + address + '">' + escape(title) + '</a></figure>';
                editor.model.change(function(writer) {
                    const selected = editor.model.document.selection.getSelectedElement();
                    if (selected) {
                        writer.setSelection(selected, 'after');
                    }
                    editor.model.insertContent(editor.data.toModel(editor.data.processor.toView(html)));
                });
            });
        }, {priority: 'high'});
    });
})();
