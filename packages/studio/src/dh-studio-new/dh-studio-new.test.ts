import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import type { StudioClient } from '@direkthilfe/core/studio/studio-client';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import { editorSession, uniqueId } from '../../../../test/helpers/studio-session.js';
import type { DhStudioNew } from './dh-studio-new.js';
import type { StudioNavigateDetail } from '../events.js';
import './dh-studio-new.js';

let client: StudioClient;
before(async () => {
  client = await editorSession();
});

const form = (articles = [{ id: 'kontakt', title: 'Kontakt' }]) =>
  fixture<DhStudioNew>(html`<dh-studio-new .client=${client} .articles=${articles}></dh-studio-new>`);
const input = (el: DhStudioNew, id: string) => el.shadowRoot!.getElementById(id) as HTMLInputElement;

describe('dh-studio-new', () => {
  it('proposes the id from the title and checks it before sending', async () => {
    const el = await form();
    input(el, 'title').focus();
    await sendKeys({ type: 'Kontakt' });
    await el.updateComplete;
    expect(input(el, 'id').value).to.equal('kontakt');
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#id-error'));
    expect(el.shadowRoot!.querySelector('#id-error')!.textContent).to.equal(
      'Einen Artikel mit dieser Kennung gibt es schon.',
    );
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'id'));
    await expectAccessible(el);
    input(el, 'id').value = '';
    await sendKeys({ type: 'Nicht Gültig' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('#id-error')!.textContent!.includes('Kleinbuchstaben'));
  });

  it('creates the article as a draft and opens it', async () => {
    const el = await form();
    const id = uniqueId('neu');
    input(el, 'title').focus();
    await sendKeys({ type: 'Neuer Testartikel' });
    input(el, 'id').focus();
    input(el, 'id').select();
    await sendKeys({ type: id });
    input(el, 'keywords').focus();
    await sendKeys({ type: 'Quallenfax, Test' });
    const opened = oneEvent(el, 'dh-studio-navigate');
    await sendKeys({ press: 'Enter' });
    expect(((await opened) as CustomEvent<StudioNavigateDetail>).detail.path).to.equal(`artikel/${id}/de`);
    const article = await client.article(id, 'de');
    expect(article.status).to.equal('draft');
    expect(article.source).to.contain('title: Neuer Testartikel');
    expect(article.source).to.contain('keywords: [Quallenfax, Test]');
  });
});
