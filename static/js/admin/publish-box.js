// The publish box: the slug following the title, the word count and reading time, what is missing before
// publishing, and what "Hẹn giờ đăng…" will do. The server decides; this only says it as the person types.
'use strict';
(function() {
    const WORDS_PER_MINUTE = 250;  // as articles.publishing
    const shared = window.bantinArticleForm;

    function two(n) { return String(n).padStart(2, '0'); }

    // The day-first forms the server accepts (bulletin_site/formats/vi/formats.py).
    function typedMoment() {
        const date = (document.getElementById('id_published_at_0') || {}).value || '';
        const time = (document.getElementById('id_published_at_1') || {}).value || '';
        let d = date.trim().match(/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/);
        let day, month, year;
        if (d) {
            [day, month, year] = [+d[1], +d[2], +d[3]];
        } else if ((d = date.trim().match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/))) {
            [year, month, day] = [+d[1], +d[2], +d[3]];
        } else {
            return null;
        }
        const t = time.trim().match(/^(\d{1,2})(?::|h)(\d{2})?(?::\d{2})?$/) || time.trim().match(/^(\d{1,2})h$/);
        if (!t) {
            return null;
        }
        const moment = new Date(year, month - 1, day, +t[1], +(t[2] || 0));
        return moment.getMonth() === month - 1 ? moment : null;
    }

    function words() {
        const lead = (document.getElementById('id_lead') || {}).value || '';
        const text = lead + ' ' + shared.plainText(shared.bodyHtml());
        return text.split(/\s+/).filter(Boolean).length;
    }

    function missing() {
        const found = [];
        const lead = document.getElementById('id_lead');
        if (lead && !lead.value.trim()) {
            found.push('Bài chưa có sapo.');
        }
        const cover = document.getElementById('id_cover');
        const firstBodyPhoto = shared.bodyHtml().includes('<img');
        if (cover && !cover.value && !firstBodyPhoto) {
            found.push('Bài chưa có ảnh đại diện.');
        }
        const doc = new DOMParser().parseFromString(shared.bodyHtml(), 'text/html');
        const unlabelled = Array.from(doc.querySelectorAll('img')).filter(function(img) {
            return !(img.getAttribute('alt') || '').trim();
        }).length;
        if (unlabelled) {
            found.push(unlabelled + ' ảnh trong nội dung chưa có mô tả ảnh.');
        }
        return found;
    }

    function refresh(box) {
        const count = words();
        document.getElementById('publish-stats').textContent =
            count + ' chữ · khoảng ' + Math.max(1, Math.ceil(count / WORDS_PER_MINUTE)) + ' phút đọc';
        const list = document.getElementById('publish-warnings');
        list.replaceChildren(...missing().map(function(text) {
            const item = document.createElement('li');
            item.textContent = text;
            return item;
        }));
        const schedule = box.querySelector('button[value=schedule]');
        if (schedule) {
            const moment = typedMoment();
            const outcome = document.getElementById('publish-outcome');
            if (!outcome.dataset.saved) {
                outcome.dataset.saved = outcome.textContent;
            }
            if (moment && moment > new Date()) {
                outcome.textContent = 'Hẹn giờ: bài sẽ hiện với bạn đọc lúc ' + two(moment.getHours()) + ':' +
                    two(moment.getMinutes()) + ' ngày ' + two(moment.getDate()) + '-' +
                    two(moment.getMonth() + 1) + '-' + moment.getFullYear() + '.';
            } else {
                outcome.textContent = outcome.dataset.saved;
            }
        }
    }

    function followTitle(box) {
        const title = document.getElementById('id_title');
        const slug = document.getElementById('id_slug');
        if (!title || !slug || box.dataset.slugFollowsTitle !== '1') {
            return;
        }
        let follows = !slug.value || slug.value === shared.slugify(title.value) ||
            slug.value.startsWith(shared.slugify(title.value) + '-');
        slug.addEventListener('input', function() { follows = false; });
        title.addEventListener('input', function() {
            if (follows) {
                slug.value = shared.slugify(title.value).slice(0, 255);
            }
        });
    }

    function confirmBeforePublishing(box) {
        const dialog = document.getElementById('publish-confirm');
        let pressed = null;
        box.querySelectorAll('button[value=publish], button[value=schedule]').forEach(function(button) {
            button.addEventListener('click', function(event) {
                const found = missing();
                if (!found.length || button.dataset.confirmed === '1' || !dialog.showModal) {
                    return;
                }
                event.preventDefault();
                pressed = button;
                dialog.querySelector('ul').replaceChildren(...found.map(function(text) {
                    const item = document.createElement('li');
                    item.textContent = text;
                    return item;
                }));
                dialog.showModal();
            });
        });
        dialog.addEventListener('click', function(event) {
            const answer = event.target.dataset && event.target.dataset.confirm;
            if (!answer) {
                return;
            }
            dialog.close();
            if (answer === 'yes' && pressed) {
                pressed.dataset.confirmed = '1';
                shared.form().requestSubmit(pressed);
            }
        });
    }

    document.addEventListener('DOMContentLoaded', function() {
        const box = document.getElementById('publish-box');
        if (!box) {
            return;
        }
        followTitle(box);
        confirmBeforePublishing(box);
        const update = function() { refresh(box); };
        ['id_lead', 'id_cover', 'id_published_at_0', 'id_published_at_1'].forEach(function(id) {
            const field = document.getElementById(id);
            if (field) {
                field.addEventListener('input', update);
                field.addEventListener('change', update);
            }
        });
        shared.whenEditorReady(function(editor) {
            editor.model.document.on('change:data', update);
            update();
        });
    });
})();
