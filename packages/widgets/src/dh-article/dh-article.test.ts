import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { ArticleContent, DhArticle } from './dh-article.js';
import type { ArticleLinkDetail } from '../events.js';
import '../dh-article.js';

const article: ArticleContent = {
  id: 'admin-warenkorb-bestellen',
  title: 'Warenkorb prüfen und bestellen',
  lang: 'de',
  html: `<p>Öffnen Sie <a class="dh-menu-path" href="/admin/warenkorb" data-dh-page="admin/warenkorb">Mein Unternehmen → Warenkorb</a>.</p>
<p><a href="#dh-c-nach-der-bestellung">Zum letzten Abschnitt</a></p>
<aside class="dh-hint dh-hint-achtung"><p class="dh-hint-title"><strong>Achtung</strong>: Nur diese Sitzung</p><p>Der Warenkorb verfällt bei der Abmeldung.</p></aside>
<h2 id="dh-c-nach-der-bestellung">Nach der Bestellung</h2>
<p>Siehe <a href="?dh-article=admin-auftragsstatus" data-dh-article="admin-auftragsstatus">Auftragsstatus</a>.</p>`,
};

const content = (el: DhArticle) => el.shadowRoot!.querySelector('.content')!;

describe('dh-article', () => {
  it('renders the title as a heading and the article body', async () => {
    const el = await fixture<DhArticle>(html`<dh-article .article=${article}></dh-article>`);
    const heading = el.shadowRoot!.querySelector('h2.title')!;
    expect(heading.textContent).to.equal('Warenkorb prüfen und bestellen');
    expect(el.shadowRoot!.querySelector('article')!.getAttribute('aria-labelledby')).to.equal('title');
    expect(content(el).querySelector('.dh-hint-achtung')!.textContent).to.contain('Der Warenkorb verfällt');
    expect(content(el).querySelector('a.dh-menu-path')!.getAttribute('href')).to.equal('/admin/warenkorb');
    await expectAccessible(el);
  });

  it('follows the host outline with heading-level: the sections sit below the title', async () => {
    const el = await fixture<DhArticle>(html`<dh-article heading-level="3" .article=${article}></dh-article>`);
    expect(el.shadowRoot!.querySelector('h3.title')).to.exist;
    const section = content(el).querySelector('#dh-c-nach-der-bestellung')!;
    expect(section.localName).to.equal('h4');
    expect(section.textContent).to.equal('Nach der Bestellung');
    await expectAccessible(el);
  });

  it('can move focus to its title', async () => {
    const el = await fixture<DhArticle>(html`<dh-article .article=${article}></dh-article>`);
    await el.focusTitle();
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('.title'));
  });

  it('sanitises the HTML again before inserting it', async () => {
    const hostile = {
      ...article,
      html: '<p id="x">Text<img src="https://tracker.invalid/p.gif" alt="" onerror="window.__hit=1"><script>window.__hit=2</script></p><a href="javascript:alert(1)">Link</a>',
    };
    const el = await fixture<DhArticle>(html`<dh-article .article=${hostile}></dh-article>`);
    const body = content(el);
    expect(body.querySelector('script')).to.equal(null);
    expect(body.querySelector('img')!.hasAttribute('src')).to.equal(false);
    expect(body.querySelector('img')!.hasAttribute('onerror')).to.equal(false);
    expect(body.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect(body.querySelector('p')!.id).to.equal('dh-c-x');
    expect((window as unknown as { __hit?: number }).__hit).to.equal(undefined);
  });

  it('turns links to other articles into dh-article-link events, also from the keyboard', async () => {
    const el = await fixture<DhArticle>(html`<dh-article .article=${article}></dh-article>`);
    const link = content(el).querySelector<HTMLAnchorElement>('[data-dh-article]')!;
    link.focus();
    const event = oneEvent(el, 'dh-article-link');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await event) as CustomEvent<ArticleLinkDetail>;
    expect(detail.id).to.equal('admin-auftragsstatus');
    expect(location.search).to.not.contain('dh-article');
  });

  it('scrolls in-article anchors within its shadow root and moves focus there', async () => {
    const el = await fixture<DhArticle>(html`<dh-article .article=${article}></dh-article>`);
    content(el).querySelector<HTMLAnchorElement>('a[href^="#"]')!.click();
    const target = content(el).querySelector('#dh-c-nach-der-bestellung');
    expect(el.shadowRoot!.activeElement).to.equal(target);
    expect(location.hash).to.equal('');
  });

  it('says when the German text stands in for a translation, in the reader’s language', async () => {
    const el = await fixture<DhArticle>(
      html`<div lang="en"><dh-article .article=${{ ...article, fallback: true }}></dh-article></div>`,
    );
    const inner = el.querySelector('dh-article')!;
    const note = () => inner.shadowRoot!.querySelector('[part="fallback"]')?.textContent;
    // The English strings load on first use; the German ones stand in until then.
    await waitUntil(() => note()?.startsWith('This'), 'English strings did not load');
    expect(note()).to.equal('This article has not been translated yet. You are reading the German text.');
    expect(inner.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal('de');
    await expectAccessible(el);
  });

  it('renders nothing without an article', async () => {
    const el = await fixture<DhArticle>(html`<dh-article></dh-article>`);
    expect(el.shadowRoot!.childElementCount).to.equal(0);
  });
});
