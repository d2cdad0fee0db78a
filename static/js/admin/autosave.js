// Autosave: what the person types is sent to the server a few seconds after each change and when the page is
// left (sendBeacon), so a closed tab, a crash or the end of the session loses nothing; the form offers it back
// ("Khôi phục bản tự lưu lúc 10:32"). And a warning before leaving the page with changes not saved.
'use strict';
(function() {
    const SAVE_AFTER_MS = 3000;
    const shared = window.bantinArticleForm;
    let changed = false;  // since the page was opened: the leave-page warning
    let unsent = false;  // since the last autosave
    let submitting = false;
    let timer = null;


    function setStatus(text, failing) {
        const status = document.getElementById('autosave-status');
        if (status) {
            status.textContent = text;
            status.classList.toggle('is-failing', Boolean(failing));
        }
    }

    function formData(place) {
        const form = shared.form();
        const data = new FormData();
        data.append('csrfmiddlewaretoken', form.elements.csrfmiddlewaretoken.value);
        place.dataset.fields.split(' ').forEach(function(name) {
            const field = form.elements[name];
            if (name === 'body') {
                data.append(name, shared.bodyHtml());
            } else if (field && field.value !== undefined) {
                data.append(name, field.value);
            }
        });
        return data;
    }

    function save(place) {
        timer = null;
        if (!unsent || submitting) {
            return;
        }
        unsent = false;
        fetch(place.dataset.url, {method: 'POST', body: formData(place), credentials: 'same-origin'})
            .then(function(response) {
                return response.json().then(function(answer) { return [response.ok, answer]; });
            })
            .then(function([ok, answer]) {
                if (ok) {
                    setStatus('Đã tự lưu lúc ' + answer.saved_at + '.');
                } else {
                    unsent = true;
                    setStatus('Chưa tự lưu được: ' + answer.error, true);
                }
            })
            .catch(function() {
                unsent = true;
                setStatus('Chưa tự lưu được (mất kết nối); sẽ thử lại khi bạn gõ tiếp.', true);
            });
    }

    function somethingChanged(place) {
        changed = true;
        unsent = true;
        if (!timer) {
            timer = setTimeout(function() { save(place); }, SAVE_AFTER_MS);
        }
    }

    function restore(place) {
        const typed = JSON.parse(document.getElementById('autosave-data').textContent);
        const form = shared.form();
        Object.keys(typed).forEach(function(name) {
            if (name === 'body') {
                shared.whenEditorReady(function(editor) { editor.setData(typed.body); });
                const textarea = document.getElementById('id_body');
                if (textarea) {
                    textarea.value = typed.body;
                }
            } else if (form.elements[name]) {
                form.elements[name].value = typed[name];
                form.elements[name].dispatchEvent(new Event('change', {bubbles: true}));
            }
        });
        document.getElementById('autosave-offer').hidden = true;
        setStatus('Đã khôi phục bản tự lưu. Bấm một nút ở khung Đăng bài để lưu vào bài.');
        somethingChanged(place);
    }

    document.addEventListener('DOMContentLoaded', function() {
        const place = document.getElementById('autosave');
        const form = shared.form();
        if (!place || !form) {
            return;
        }
        const onChange = function() { somethingChanged(place); };
        form.addEventListener('input', onChange);
        form.addEventListener('change', function(event) {
            // The editor's own hidden textarea changes with every keystroke: counted through the editor.
            if (event.target.id !== 'id_body') {
                onChange();
            }
        });
        shared.whenEditorReady(function(editor) {
            editor.model.document.on('change:data', onChange);
        });
        form.addEventListener('submit', function(event) {
            // "Xem trước" posts the form into a new tab: this page stays, with its changes not saved.
            if (!(event.submitter && event.submitter.formTarget === '_blank')) {
                submitting = true;
            }
        });
        const restoreButton = document.getElementById('autosave-restore');
        if (restoreButton) {
            restoreButton.addEventListener('click', function() { restore(place); });
            document.getElementById('autosave-dismiss').addEventListener('click', function() {
                document.getElementById('autosave-offer').hidden = true;
            });
        }
        // The last words of a page being closed, reloaded or left: a beacon outlives the page.
        const sendNow = function() {
            if (unsent && !submitting) {
                unsent = false;
                navigator.sendBeacon(place.dataset.url, formData(place));
            }
        };
        window.addEventListener('pagehide', sendNow);
        document.addEventListener('visibilitychange', function() {
            if (document.visibilityState === 'hidden') {
                sendNow();
            }
        });
        window.addEventListener('beforeunload', function(event) {
            if (changed && !submitting) {
                event.preventDefault();
                event.returnValue = '';
            }
        });
    });
})();
