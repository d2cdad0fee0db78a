// Shared by the article form's scripts: the body's CKEditor once it exists, the form's fields as a dict.
'use strict';
window.bantinArticleForm = (function() {
    const waiting = [];
    let editor = null;

    function whenEditorReady(callback) {
        if (editor) {
            callback(editor);
        } else {
            waiting.push(callback);
        }
    }

    function found(instance) {
        editor = instance;
        waiting.splice(0).forEach(function(callback) { callback(instance); });
    }

    document.addEventListener('DOMContentLoaded', function() {
        if (window.editors && window.editors.id_body) {
            found(window.editors.id_body);
        } else if (window.ckeditorRegisterCallback) {
            window.ckeditorRegisterCallback('id_body', found);
        }
    });

    function form() {
        return document.getElementById('article_form');
    }

    function bodyHtml() {
        return editor ? editor.getData() : (document.getElementById('id_body') || {}).value || '';
    }

    function plainText(html) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return doc.body.textContent || '';
    }

    // Vietnamese titles to addresses, as articles.text.vietnamese_slugify does: "Đảng" -> "dang".
    function slugify(text) {
        return text.replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
            .toLowerCase().replace(/[^a-z0-9\s-]/g, '').trim().replace(/[\s-]+/g, '-');
    }

    return {whenEditorReady: whenEditorReady, form: form, bodyHtml: bodyHtml, plainText: plainText,
            slugify: slugify};
})();
