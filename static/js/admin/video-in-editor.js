// A YouTube clip inside the article editor: a block with a poster drawn by CSS (a play symbol, the title), not
// a bare link, and never the clip's own picture (that would be a request to YouTube from the form). Stored as
// articles/videos.py keeps it: <figure class="video"><a href="https://www.youtube.com/watch?v=…">title</a></figure>.
// A CKEditor plugin given by the settings' "extraPlugins": ["callback:BantinVideoInEditor"].
'use strict';
window.BantinVideoInEditor = function(editor) {
    const CLIP = /^https:\/\/www\.youtube\.com\/watch\?v=[\w-]{11}$/;

    editor.model.schema.register('bantinVideo', {
        inheritAllFrom: '$blockObject',
        allowAttributes: ['videoHref', 'videoTitle']
    });

    // Before the link and figure converters: the whole figure is one clip.
    editor.data.upcastDispatcher.on('element:figure', function(event, data, conversionApi) {
        const figure = data.viewItem;
        if (!figure.hasClass('video')) {
            return;
        }
        const link = Array.from(figure.getChildren()).find(function(child) { return child.is('element', 'a'); });
        if (!link || !CLIP.test(link.getAttribute('href') || '')) {
            return;
        }
        if (!conversionApi.consumable.consume(figure, {name: true, classes: 'video'})) {
            return;
        }
        conversionApi.consumable.consume(link, {name: true, attributes: ['href']});
        const title = Array.from(link.getChildren())
            .filter(function(node) { return node.is('$text'); })
            .map(function(node) { return node.data; }).join('').trim();
        const clip = conversionApi.writer.createElement('bantinVideo', {
            videoHref: link.getAttribute('href'), videoTitle: title
        });
        if (!conversionApi.safeInsert(clip, data.modelCursor)) {
            return;
        }
        conversionApi.updateConversionResult(clip, data);
    }, {priority: 'high'});

    function escape(text) {
        const span = document.createElement('span');
        span.textContent = text;
        return span.innerHTML.replace(/"/g, '&quot;');
    }

    editor.conversion.for('dataDowncast').elementToElement({
        model: 'bantinVideo',
        view: function(clip, conversionApi) {
            return conversionApi.writer.createRawElement('figure', {'class': 'video'}, function(dom) {
                dom.innerHTML = '<a href="' + escape(clip.getAttribute('videoHref')) + '">' +
                    escape(clip.getAttribute('videoTitle')) + '</a>';
            });
        }
    });

    editor.conversion.for('editingDowncast').elementToElement({
        model: 'bantinVideo',
        view: function(clip, conversionApi) {
            const writer = conversionApi.writer;
            const title = clip.getAttribute('videoTitle');
            const poster = writer.createRawElement('span', {'class': 'editor-video-poster'}, function(dom) {
                dom.innerHTML = '<span class="editor-video-play"></span>' +
                    '<span class="editor-video-title">' + escape(title) + '</span>' +
                    '<span class="editor-video-source">YouTube</span>';
            });
            // What the editor's Widget plugin makes of an object (toWidget is not within reach of this build):
            // selected as one block, deleted with one key, never typed into.
            const figure = writer.createContainerElement('figure', {
                'class': 'editor-video ck-widget', 'contenteditable': 'false',
                'aria-label': 'Phim YouTube: ' + title
            }, [poster]);
            writer.setCustomProperty('widget', true, figure);
            writer.setCustomProperty('widgetLabel', ['Phim YouTube: ' + title], figure);
            figure.getFillerOffset = function() { return null; };
            return figure;
        }
    });
};
