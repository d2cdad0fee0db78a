// Pasting from Word or a web page: CKEditor keeps headings, bold, lists, tables and links and drops the rest;
// this says what was dropped, and takes out the photos that were not uploaded (Word's file:, data: or another
// site's address), which would otherwise become empty image tags.
'use strict';
(function() {
    const shared = window.bantinArticleForm;

    function isOurs(src) {
        return src.startsWith('/media/') || src.startsWith(window.location.origin + '/media/');
    }

    function report(editor, sentences) {
        const container = editor.ui.view.element;
        let place = document.getElementById('paste-report');
        if (!place) {
            place = document.createElement('p');
            place.id = 'paste-report';
            place.className = 'paste-report';
            place.setAttribute('role', 'status');
            container.parentNode.insertBefore(place, container);
        }
        place.textContent = sentences.join(' ');
        place.hidden = !sentences.length;
    }

    shared.whenEditorReady(function(editor) {
        if (!editor.plugins.has('ClipboardPipeline')) {
            return;
        }
        editor.plugins.get('ClipboardPipeline').on('inputTransformation', function(event, data) {
            const html = data.dataTransfer.getData('text/html') || '';
            const dropped = [];
            for (const item of Array.from(editor.editing.view.createRangeIn(data.content).getItems())) {
                if (item.is('element', 'img') && !isOurs(item.getAttribute('src') || '')) {
                    dropped.push(item);
                }
            }
            dropped.forEach(function(image) {
                let gone = image;
                // A figure holding only this photo (and its caption) goes with it.
                while (gone.parent && gone.parent.is('element') && gone.parent.childCount === 1) {
                    gone = gone.parent;
                }
                if (gone.parent) {
                    gone.parent._removeChildren(gone.index, 1);
                }
            });
            const sentences = [];
            if (dropped.length) {
                sentences.push(dropped.length + ' ảnh trong đoạn dán chưa được tải lên — hãy thêm ảnh từ thư viện.');
            }
            if (/\sstyle=|<font|class="?Mso/i.test(html)) {
                sentences.push('Đã giữ tiêu đề, chữ đậm, danh sách, bảng và liên kết; đã bỏ phông chữ, cỡ chữ và màu.');
            }
            report(editor, sentences);
            // After Paste from Office's clean-up ('high'), before the pipeline's own 'low' step, which
            // inserts the content and stops the event.
        }, {priority: 'normal'});
    });
})();
