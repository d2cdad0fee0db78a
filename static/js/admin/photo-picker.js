// The photo picker: the library with thumbnails, searched by caption, alt text, date or uploader; several
// uploads at once with their progress; the chosen photo placed in the text with its caption and its alt text
// asked for; or chosen as the cover. The credit is the photo's own (readers see "Ảnh: …" under the caption):
// written to the library photo, for every article that shows it.
'use strict';
(function() {
    const shared = window.bantinArticleForm;

    function element(tag, attributes, text) {
        const node = document.createElement(tag);
        Object.entries(attributes || {}).forEach(function([name, value]) { node.setAttribute(name, value); });
        if (text) {
            node.textContent = text;
        }
        return node;
    }

    function escape(text) {
        const span = document.createElement('span');
        span.textContent = text;
        return span.innerHTML.replace(/"/g, '&quot;');
    }

    function csrfToken() {
        return shared.form().elements.csrfmiddlewaretoken.value;
    }

    function Picker(place) {
        this.place = place;
        this.mode = 'body';
        this.chosen = null;
        this.showCover = function() {};
        this.page = 1;
        this.build();
    }

    Picker.prototype.build = function() {
        const dialog = element('dialog', {'class': 'photo-picker', 'id': 'photo-picker',
                                          'aria-labelledby': 'photo-picker-heading'});
        const heading = element('h2', {'id': 'photo-picker-heading'}, 'Thư viện ảnh');
        const searchLabel = element('label', {'for': 'photo-picker-search'},
                                    'Tìm theo chú thích, mô tả ảnh, ngày (14-01-2021) hoặc người tải lên');
        this.search = element('input', {'type': 'search', 'id': 'photo-picker-search'});
        const uploadLabel = element('label', {'for': 'photo-picker-upload'}, 'Tải ảnh mới lên (chọn được nhiều ảnh)');
        this.upload = element('input', {'type': 'file', 'id': 'photo-picker-upload', 'multiple': '',
                                        'accept': 'image/jpeg,image/png,image/webp,image/gif'});
        this.progress = element('ul', {'class': 'photo-picker-progress', 'aria-live': 'polite'});
        this.grid = element('div', {'class': 'photo-picker-grid', 'role': 'list'});
        this.more = element('button', {'type': 'button', 'class': 'photo-picker-more'}, 'Xem thêm ảnh');
        this.more.hidden = true;

        this.detail = element('div', {'class': 'photo-picker-detail'});
        this.preview = element('img', {'alt': '', 'class': 'photo-picker-preview'});
        this.alt = element('input', {'id': 'photo-picker-alt', 'required': '', 'maxlength': '255'});
        this.caption = element('input', {'id': 'photo-picker-caption', 'maxlength': '500'});
        this.credit = element('input', {'id': 'photo-picker-credit', 'maxlength': '200'});
        this.message = element('p', {'class': 'photo-picker-message', 'role': 'alert'});
        this.insert = element('button', {'type': 'button', 'class': 'publish-primary'}, 'Chèn vào bài');
        const close = element('button', {'type': 'button'}, 'Đóng');
        this.detail.append(
            this.preview,
            element('label', {'for': 'photo-picker-alt'}, 'Mô tả ảnh (bắt buộc, cho người đọc không nhìn thấy)'), this.alt,
            element('label', {'for': 'photo-picker-caption'}, 'Chú thích'), this.caption,
            element('label', {'for': 'photo-picker-credit'}, 'Tác giả ảnh (bạn đọc thấy «Ảnh: …» dưới chú thích)'),
            this.credit,
            this.message, this.insert);
        this.detail.hidden = true;
        const footer = element('p', {'class': 'photo-picker-footer'});
        footer.append(close);
        dialog.append(heading, searchLabel, this.search, uploadLabel, this.upload, this.progress, this.grid,
                      this.more, this.detail, footer);
        document.body.append(dialog);
        this.dialog = dialog;

        const picker = this;
        let typing = null;
        this.search.addEventListener('input', function() {
            clearTimeout(typing);
            typing = setTimeout(function() { picker.load(1); }, 300);
        });
        this.search.addEventListener('keydown', function(event) {
            if (event.key === 'Enter') {
                event.preventDefault();
                picker.load(1);
            }
        });
        this.more.addEventListener('click', function() { picker.load(picker.page + 1); });
        this.upload.addEventListener('change', function() { picker.uploadAll(Array.from(picker.upload.files)); });
        this.insert.addEventListener('click', function() { picker.use(); });
        close.addEventListener('click', function() { dialog.close(); });
    };

    Picker.prototype.open = function(mode) {
        this.mode = mode;
        this.insert.textContent = mode === 'cover' ? 'Chọn làm ảnh đại diện' : 'Chèn vào bài';
        this.caption.hidden = mode === 'cover';
        this.caption.previousSibling.hidden = mode === 'cover';
        this.detail.hidden = true;
        this.dialog.showModal();
        this.search.focus();
        this.load(1);
    };

    Picker.prototype.load = function(page) {
        const picker = this;
        const url = this.place.dataset.library + '?' + new URLSearchParams({q: this.search.value, trang: page});
        fetch(url, {credentials: 'same-origin'}).then(function(response) { return response.json(); })
            .then(function(answer) {
                if (page === 1) {
                    picker.grid.replaceChildren();
                }
                picker.page = page;
                answer.photos.forEach(function(photo) { picker.grid.append(picker.tile(photo)); });
                picker.more.hidden = !answer.more;
                if (page === 1 && !answer.photos.length) {
                    picker.grid.append(element('p', {}, 'Không có ảnh nào khớp.'));
                }
            });
    };

    Picker.prototype.tile = function(photo) {
        const picker = this;
        const button = element('button', {'type': 'button', 'class': 'photo-picker-tile', 'role': 'listitem',
                                          'aria-label': (photo.alt || 'Ảnh chưa có mô tả') + ', ' + photo.date});
        const thumbnail = element('img', {'src': photo.thumbnail, 'alt': '', 'loading': 'lazy'});
        const about = element('span', {}, photo.date + (photo.uploader ? ' · ' + photo.uploader : '') +
                              (photo.credit ? ' · Ảnh: ' + photo.credit : ''));
        button.append(thumbnail, about);
        button.addEventListener('click', function() { picker.choose(photo); });
        return button;
    };

    Picker.prototype.choose = function(photo) {
        this.chosen = photo;
        this.preview.src = photo.thumbnail;
        this.alt.value = photo.alt || '';
        this.caption.value = '';
        this.credit.value = photo.credit || '';
        this.message.textContent = '';
        this.detail.hidden = false;
        (this.alt.value ? this.caption : this.alt).focus();
    };

    // One file after another, not all at once: each upload is stored with its renditions, a second or so of
    // a worker's time for a camera photo, and an editor dropping twenty photos must not hold every worker
    // the readers' pages need. Each file has its row and progress bar from the start.
    Picker.prototype.uploadAll = function(files) {
        const picker = this;
        if (!files.length) {
            return;  // emptied below, once the uploads are sent
        }
        const queue = files.map(function(file) {
            const row = element('li', {}, file.name + ' ');
            const bar = element('progress', {'max': '100', 'value': '0', 'aria-label': 'Đang tải ' + file.name});
            row.append(bar);
            picker.progress.append(row);
            return {file: file, row: row, bar: bar};
        });
        const next = function() {
            const item = queue.shift();
            if (item) {
                picker.uploadOne(item.file, item.row, item.bar, files.length === 1, next);
            }
        };
        next();
        this.upload.value = '';
        // Said to js/admin/file-inputs.js, which shows the names chosen (none now); uploadAll([]) does nothing.
        this.upload.dispatchEvent(new Event('change'));
    };

    Picker.prototype.uploadOne = function(file, row, bar, isOnly, done) {
        const picker = this;
        const data = new FormData();
        data.append('upload', file);
        const request = new XMLHttpRequest();
        request.open('POST', picker.place.dataset.upload);
        request.setRequestHeader('X-CSRFToken', csrfToken());
        request.upload.addEventListener('progress', function(event) {
            if (event.lengthComputable) {
                bar.value = Math.round(100 * event.loaded / event.total);
            }
        });
        request.addEventListener('load', function() {
            let answer = {};
            try { answer = JSON.parse(request.responseText); } catch (error) { /* not JSON: said below */ }
            if (request.status === 200 && answer.photo) {
                bar.value = 100;
                row.append(document.createTextNode(' đã tải lên.'));
                picker.grid.prepend(picker.tile(answer.photo));
                if (isOnly) {
                    picker.choose(answer.photo);
                }
            } else {
                row.append(document.createTextNode(' không tải lên được: ' +
                    ((answer.error && answer.error.message) || 'lỗi máy chủ.')));
                row.className = 'is-failing';
            }
        });
        request.addEventListener('error', function() {
            row.append(document.createTextNode(' không tải lên được: mất kết nối với máy chủ.'));
            row.className = 'is-failing';
        });
        // Whatever the answer, or none (the connection lost), the next file goes.
        request.addEventListener('loadend', done);
        request.send(data);
    };

    // What belongs to the photo, written to it first when it changed; then `done(photo)`. The credit always;
    // the alt text when the photo has none yet, or when it is the cover (shown with the photo's own).
    Picker.prototype.saveDetails = function(photo, alt, done) {
        const picker = this;
        const data = new FormData();
        const credit = this.credit.value.trim().replace(/\s+/g, ' ');
        if (credit !== (photo.credit || '')) {
            data.append('credit', credit);
        }
        if (alt !== (photo.alt || '') && (this.mode === 'cover' || !photo.alt)) {
            data.append('alt_text', alt);
        }
        if (!Array.from(data.keys()).length) {
            done(photo);
            return;
        }
        this.insert.disabled = true;
        fetch(this.place.dataset.details.replace(/\/0\/$/, '/' + photo.id + '/'), {
            method: 'POST', body: data, credentials: 'same-origin', headers: {'X-CSRFToken': csrfToken()}
        }).then(function(response) {
            return response.json().catch(function() { return {}; });
        }).then(function(answer) {
            picker.insert.disabled = false;
            if (answer.photo) {
                done(answer.photo);
            } else {
                picker.message.textContent = (answer.error && answer.error.message) ||
                    'Chưa lưu được tác giả và mô tả ảnh (lỗi máy chủ); hãy thử lại.';
                picker.credit.focus();
            }
        }, function() {
            picker.insert.disabled = false;
            picker.message.textContent = 'Chưa lưu được tác giả và mô tả ảnh: mất kết nối tới máy chủ; hãy thử lại.';
        });
    };

    Picker.prototype.use = function() {
        const picker = this;
        const alt = this.alt.value.trim();
        if (!this.chosen) {
            return;
        }
        if (!alt) {
            this.message.textContent = 'Hãy viết mô tả ảnh cho người đọc không nhìn thấy.';
            this.alt.focus();
            return;
        }
        this.saveDetails(this.chosen, alt, function(photo) { picker.put(photo, alt); });
    };

    Picker.prototype.put = function(photo, alt) {
        // Closed first: closing gives the focus back to the button that opened it, and it belongs in the text.
        this.dialog.close();
        if (this.mode === 'cover') {
            const $ = window.django && window.django.jQuery;
            const select = document.getElementById('id_cover');
            if ($ && select) {
                $(select).append(new Option(alt, String(photo.id), true, true)).trigger('change');
            }
            this.showCover(photo);
        } else {
            const caption = this.caption.value.trim();
            const html = '<figure class="image"><img src="' + escape(photo.url) + '" alt="' + escape(alt) + '">' +
                (caption ? '<figcaption>' + escape(caption) + '</figcaption>' : '') + '</figure>';
            shared.whenEditorReady(function(editor) {
                editor.editing.view.focus();
                editor.model.change(function(writer) {
                    // A photo just placed is still selected: the next one goes after it, never in its stead.
                    const selected = editor.model.document.selection.getSelectedElement();
                    if (selected) {
                        writer.setSelection(selected, 'after');
                    }
                    editor.model.insertContent(editor.data.toModel(editor.data.processor.toView(html)));
                });
            });
        }
    };

    // The cover beside its field: its thumbnail, alt text and credit, with buttons to change or remove it; the
    // picker chooses or uploads one, also before the first save. Returns show(photo or null).
    function coverBox(picker, select) {
        const $ = window.django && window.django.jQuery;
        const box = element('div', {'class': 'cover-box', 'id': 'cover-box'});
        const preview = element('figure', {'class': 'cover-preview'});
        const thumbnail = element('img', {'id': 'cover-thumbnail', 'class': 'cover-thumbnail', 'alt': ''});
        const about = element('figcaption', {'class': 'cover-about'});
        const change = element('button', {'type': 'button', 'id': 'cover-from-library', 'class': 'photo-picker-open'});
        const remove = element('button', {'type': 'button', 'class': 'cover-remove'}, 'Bỏ ảnh đại diện');
        const note = element('p', {'class': 'cover-note', 'aria-live': 'polite'});
        preview.append(thumbnail, about);
        box.append(preview, change, remove, note);
        select.closest('.related-widget-wrapper, div').after(box);

        function show(photo) {
            preview.hidden = remove.hidden = !photo;
            change.textContent = photo ? 'Đổi ảnh đại diện' : 'Chọn ảnh đại diện (thư viện hoặc tải lên)';
            box.dataset.photo = photo ? String(photo.id) : '';
            if (photo) {
                thumbnail.src = photo.thumbnail;
                about.textContent = (photo.alt || 'Ảnh chưa có mô tả') + (photo.credit ? ' · Ảnh: ' + photo.credit : '');
                note.textContent = '';
            }
        }

        change.addEventListener('click', function() { picker.open('cover'); });
        remove.addEventListener('click', function() {
            if ($) {
                $(select).val(null).trigger('change');
            } else {
                select.value = '';
            }
            select.dispatchEvent(new Event('change'));
            show(null);
            note.textContent = 'Đã bỏ ảnh đại diện. Khi lưu, ảnh đầu tiên trong bài (nếu có) sẽ làm ảnh đại diện.';
            change.focus();
        });
        // Chosen in the field's own search, or brought back by the autosave: its thumbnail is fetched.
        const changed = function() {
            if (!select.value) {
                show(null);
            } else if (select.value !== box.dataset.photo) {
                const url = picker.place.dataset.library + '?' + new URLSearchParams({anh: select.value});
                fetch(url, {credentials: 'same-origin'}).then(function(response) { return response.json(); })
                    .then(function(answer) { show(answer.photos[0] || null); });
            }
        };
        if ($) {
            $(select).on('change', changed);
        } else {
            select.addEventListener('change', changed);
        }
        const saved = document.getElementById('cover-photo');
        show(saved ? JSON.parse(saved.textContent) : null);
        return show;
    }

    document.addEventListener('DOMContentLoaded', function() {
        const place = document.getElementById('photo-picker-place');
        if (!place || !window.HTMLDialogElement) {
            return;
        }
        const picker = new Picker(place);
        shared.whenEditorReady(function(editor) {
            const button = element('button', {'type': 'button', 'class': 'photo-picker-open'},
                                   'Chèn ảnh (thư viện hoặc tải lên)');
            button.addEventListener('click', function() { picker.open('body'); });
            const container = editor.ui.view.element;
            container.parentNode.insertBefore(button, container);
        });
        const cover = document.getElementById('id_cover');
        if (cover) {
            picker.showCover = coverBox(picker, cover);
        }
    });
})();
