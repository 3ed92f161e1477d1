import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { HelpApiClient } from '@direkthilfe/core/help/api-client';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhFeedbackComment } from './dh-feedback-comment.js';
import '../dh-feedback-comment.js';

// The comment goes to the real backend (scripts/portal-api-middleware.mjs); the client records what it sent.

/** A help API client that keeps the bodies it sends. */
function recordingClient(apiBase = '') {
  const sent: unknown[] = [];
  const client = new HelpApiClient(apiBase, (input, init) => {
    sent.push(JSON.parse(String(init?.body)));
    return fetch(input, init);
  });
  return { client, sent };
}

const root = (el: DhFeedbackComment) => el.shadowRoot!;
const textarea = (el: DhFeedbackComment) => root(el).querySelector('textarea')!;
const button = (el: DhFeedbackComment, text: string) =>
  [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
/** The focused element inside the shadow root. */
const focused = (el: DhFeedbackComment) => root(el).activeElement;

async function comment(client = recordingClient().client, lang = 'de') {
  return fixture<DhFeedbackComment>(
    html`<dh-feedback-comment
      lang=${lang}
      focus-on-load
      article="passwortregeln"
      .client=${client}
    ></dh-feedback-comment>`,
  );
}

describe('dh-feedback-comment', () => {
  it('asks what was missing: optional, a note on personal data, a visible count, send and skip', async () => {
    const el = await comment();
    expect(focused(el)).to.equal(textarea(el), 'focus is in the text field');
    const label = root(el).querySelector('label')!;
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Was hat Ihnen gefehlt? (freiwillig)');
    expect(label.htmlFor).to.equal('comment');
    expect(textarea(el).maxLength).to.equal(500);
    expect(textarea(el).getAttribute('aria-describedby')).to.equal('note count');
    expect(root(el).querySelector('#note')!.textContent).to.contain('keine persönlichen Daten');
    expect(root(el).querySelector('#count')!.textContent!.trim()).to.equal('0 von 500 Zeichen');
    expect(button(el, 'Hinweis senden').disabled, 'nothing to send yet').to.equal(true);
    expect(button(el, 'Überspringen')).to.exist;
    await expectAccessible(el);

    await sendKeys({ type: 'Ein Beispiel' });
    await el.updateComplete;
    expect(root(el).querySelector('#count')!.textContent!.trim()).to.equal('12 von 500 Zeichen');
    expect(button(el, 'Hinweis senden').disabled).to.equal(false);
  });

  it('sends one line of text with the article and language, then confirms in a live region and keeps focus', async () => {
    const { client, sent } = recordingClient();
    const el = await comment(client);
    await sendKeys({ type: 'Mir fehlt' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'ein Beispiel.' });
    button(el, 'Hinweis senden').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(el).querySelector('.confirmation')!.textContent, 'no confirmation');
    expect(sent).to.deep.equal([
      { articleId: 'passwortregeln', helpful: false, lang: 'de', comment: 'Mir fehlt ein Beispiel.' },
    ]);
    const confirmation = root(el).querySelector('.confirmation')!;
    expect(confirmation.getAttribute('role')).to.equal('status');
    expect(confirmation.textContent).to.equal('Danke! Ihr Hinweis hilft uns, den Artikel zu verbessern.');
    expect(focused(el)).to.equal(confirmation, 'focus is not lost with the form');
    expect(root(el).querySelector('form')).to.equal(null);
    await expectAccessible(el);
  });

  it('"Überspringen" sends nothing', async () => {
    const { client, sent } = recordingClient();
    const el = await comment(client);
    await sendKeys({ type: 'Doch nicht' });
    button(el, 'Überspringen').click();
    await waitUntil(() => root(el).querySelector('.confirmation')!.textContent === 'Kein Hinweis gesendet.');
    expect(sent).to.deep.equal([]);
    expect(focused(el)).to.equal(root(el).querySelector('.confirmation'));
  });

  it('says so when the comment cannot be sent, and keeps the text', async () => {
    const { client } = recordingClient('/unreachable');
    const el = await comment(client);
    await sendKeys({ type: 'Geht verloren?' });
    button(el, 'Hinweis senden').click();
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no error shown');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.equal(
      'Ihr Hinweis konnte nicht gesendet werden. Bitte versuchen Sie es später noch einmal.',
    );
    expect(textarea(el).value).to.equal('Geht verloren?');
    await expectAccessible(el);
  });

  it('in English', async () => {
    const el = await comment(undefined, 'en');
    expect(root(el).querySelector('label')!.textContent).to.contain('What were you missing?');
    expect(root(el).querySelector('#count')!.textContent!.trim()).to.equal('0 of 500 characters');
    await expectAccessible(el);
  });
});
