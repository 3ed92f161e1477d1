import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../../../test/helpers/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../../../test/helpers/a11y.js';
import type { DhPasswordField } from './dh-password-field.js';
import type { PasswordChangeDetail } from '../events.js';
import '../dh-password-field.js';

const shadow = (el: DhPasswordField) => el.shadowRoot!;
const input = (el: DhPasswordField) => shadow(el).querySelector<HTMLInputElement>('#password')!;
const ruleState = (el: DhPasswordField, id: string) =>
  shadow(el).querySelector<HTMLElement>(`li[data-rule="${id}"]`)!.dataset.state;
const liveRegion = (el: DhPasswordField) => shadow(el).querySelector<HTMLElement>('[role="status"]')!;

/** Types like a user: focus the input, then real key presses through the browser. */
async function type(el: DhPasswordField, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Waits until the lazily loaded blocklist and strength data have arrived and been applied. */
async function settled(el: DhPasswordField) {
  // Lazy chunks on a busy machine can take seconds: wait for them, generously.
  await waitUntil(() => el.check.pending.length === 0, 'blocklist did not load');
  await waitUntil(
    () => shadow(el).querySelector('[part="strength-text"]')!.textContent !== 'noch nicht bewertet' || !el.value,
    'strength estimate did not arrive',
  );
  await el.updateComplete;
}

describe('dh-password-field', () => {
  it('shows the label, the input for a new password and every rule before typing', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field></dh-password-field>`);
    const label = shadow(el).querySelector('label[for="password"]')!;
    expect(label.textContent).to.equal('Neues Passwort');
    expect(input(el).type).to.equal('password');
    expect(input(el).autocomplete).to.equal('new-password');
    const rules = [...shadow(el).querySelectorAll('li[data-rule]')];
    expect(rules.map((r) => r.getAttribute('data-rule'))).to.deep.equal([
      'minLength',
      'uppercase',
      'lowercase',
      'digit',
      'allowedCharacters',
      'notContainsUsername',
      'maxLength',
      'notCommon',
    ]);
    expect(rules.every((r) => r.getAttribute('data-state') === 'open')).to.equal(true);
    expect(rules[0].textContent).to.contain('Offen:').and.to.contain('Mindestens 8 Zeichen');
    await expectAccessible(el);
  });

  it('shows each rule as met or not met by icon and text while the user types', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field></dh-password-field>`);
    await type(el, 'abc');
    await settled(el);
    expect(ruleState(el, 'minLength')).to.equal('failed');
    expect(ruleState(el, 'lowercase')).to.equal('met');
    const met = shadow(el).querySelector('li[data-rule="lowercase"]')!;
    const failed = shadow(el).querySelector('li[data-rule="minLength"]')!;
    expect(met.querySelector('.mark')!.textContent).to.not.equal(failed.querySelector('.mark')!.textContent);
    expect(met.textContent).to.contain('Erfüllt:');
    expect(failed.textContent).to.contain('Nicht erfüllt:');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(el);
  });

  it('names the characters that are not allowed', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field></dh-password-field>`);
    await type(el, 'Abcdefg1ä !');
    await settled(el);
    expect(ruleState(el, 'allowedCharacters')).to.equal('failed');
    const detail = shadow(el).querySelector('li[data-rule="allowedCharacters"] .detail')!;
    expect(detail.textContent).to.equal('Diese Zeichen sind nicht erlaubt: „ä“, Leerzeichen, „!“.');
    expect(el.validationMessage).to.equal('Diese Zeichen sind nicht erlaubt: „ä“, Leerzeichen, „!“.');
    await expectAccessible(el);
  });

  it('refuses the user name and common passwords', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field username="m.schulz"></dh-password-field>`);
    await type(el, 'Xy7M.Schulz');
    await settled(el);
    expect(ruleState(el, 'notContainsUsername')).to.equal('failed');
    el.value = 'Sommer2024';
    await settled(el);
    expect(ruleState(el, 'notContainsUsername')).to.equal('met');
    expect(ruleState(el, 'notCommon')).to.equal('failed');
    expect(el.check.valid).to.equal(false);
  });

  it('announces rule changes politely, once typing pauses', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field></dh-password-field>`);
    const region = liveRegion(el);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await type(el, 'abcd');
    expect(region.textContent).to.equal('', 'announced on a keystroke');
    await waitUntil(() => region.textContent !== '', 'nothing announced');
    expect(region.textContent).to.equal('Erfüllt: Mindestens ein Kleinbuchstabe (a–z). Noch 3 Regeln offen.');
    await sendKeys({ type: 'efG1' });
    await waitUntil(() => region.textContent!.includes('Alle Regeln'), 'completion not announced');
    expect(region.textContent).to.match(
      /^Erfüllt: Mindestens 8 Zeichen, Mindestens ein Großbuchstabe \(A–Z\), Mindestens eine Ziffer \(0–9\)\. Alle Regeln erfüllt\. Passwortstärke: .+\.$/,
    );
    await sendKeys({ type: 'ö' });
    await waitUntil(() => region.textContent!.includes('Nicht mehr'), 'regression not announced');
    expect(region.textContent).to.contain('Nicht mehr erfüllt: Nur Buchstaben');
    // The allowed special characters in quotes: "." reads as a character, not as the end of the sentence.
    expect(region.textContent).to.contain('die Sonderzeichen „_“ „-“ „.“.');
  });

  it('estimates strength lazily and shows it in words', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field></dh-password-field>`);
    const text = () => shadow(el).querySelector('[part="strength-text"]')!.textContent;
    expect(text()).to.equal('noch nicht bewertet');
    await type(el, 'Hallo123');
    await settled(el);
    expect(['sehr schwach', 'schwach']).to.include(text());
    el.value = 'vK7.qz-Lw3_Rp9xT';
    await waitUntil(() => text() === 'sehr stark', `strength stayed ${text()}`);
    const meter = shadow(el).querySelector('meter')!;
    expect(meter.value).to.equal(4);
    expect(meter.getAttribute('aria-valuetext')).to.equal('sehr stark');
    await expectAccessible(el);
  });

  it('never shows a strong or green bar while a rule fails: at most "schwach"', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field></dh-password-field>`);
    const text = () => shadow(el).querySelector('[part="strength-text"]')!.textContent;
    // Random enough for zxcvbn to call it very strong, but "ü" breaks the policy; so does the example.
    for (const password of ['vK7.qz-Lw3_Rp9xTü', 'Grüße2024!']) {
      el.value = password;
      await settled(el);
      await waitUntil(() => el.check.failed.includes('allowedCharacters'));
      const meter = shadow(el).querySelector('meter')!;
      await waitUntil(() => text() !== 'noch nicht bewertet');
      expect(['sehr schwach', 'schwach'], password).to.include(text());
      expect(meter.value, password).to.be.at.most(1);
      expect(meter.getAttribute('aria-valuetext')).to.equal(text());
    }
    // Without the forbidden character the same password shows its real strength.
    el.value = 'vK7.qz-Lw3_Rp9xT';
    await waitUntil(() => text() === 'sehr stark', `stayed ${text()}`);
    await expectAccessible(el);
  });

  it('gives strength advice in its own German words, in the Sie-form and in line with the rules', async function () {
    this.timeout(20_000);
    const el = await fixture<DhPasswordField>(html`<dh-password-field></dh-password-field>`);
    el.value = 'Hallo123';
    await settled(el);
    const hint = () => shadow(el).querySelector('.hint')?.textContent ?? '';
    await waitUntil(
      () => hint() !== '',
      `no strength advice: ${JSON.stringify((el as unknown as { strength: unknown }).strength)} ${shadow(el).querySelector('[part=strength-text]')!.textContent}`,
    );
    expect(hint()).to.match(/Sie\b|Dieses Passwort/);
    expect(hint()).to.not.match(/(^|\s)(Vermeide|Füge|Verwende) |Seiten relevanten|ohne .*Großbuchstaben|Symbol/);
  });

  it('never breaks "(A–Z)" or "(0–9)" across lines, even at 200 px', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 200px"><dh-password-field></dh-password-field></div>`);
    const el = wrapper.querySelector('dh-password-field')!;
    await el.updateComplete;
    const ranges = [];
    for (const item of shadow(el).querySelectorAll('li[data-rule]')) {
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent!.matchAll(/\([^)]*\)/g)) {
          const range = document.createRange();
          range.setStart(node, match.index!);
          range.setEnd(node, match.index! + match[0].length);
          ranges.push(range);
        }
      }
    }
    expect(ranges.map((r) => r.toString().replace(/\u2060/g, ''))).to.include.members(['(A–Z)', '(a–z)', '(0–9)']);
    // A range broken across lines has a box on each line; "(A–Z, a–z)" may break only at its space.
    for (const range of ranges.filter((r) => !r.toString().includes(' '))) {
      expect(range.getClientRects()).to.have.length(1, range.toString());
    }
  });

  it('fires dh-password-change with validity, failed rules and score', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field></dh-password-field>`);
    await type(el, 'X');
    await settled(el);
    const event = oneEvent(el, 'dh-password-change');
    el.value = 'Tr0ub4dor.3';
    const { detail } = (await event) as CustomEvent<PasswordChangeDetail>;
    expect(detail.valid).to.equal(true);
    expect(detail.failed).to.deep.equal([]);
    await waitUntil(() => el.check.valid);
  });

  it('toggles the visibility of the password with a pressed-state button', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field confirm></dh-password-field>`);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Passwort anzeigen');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    // An eye drawn as an icon (not a text glyph), hidden from assistive technology; crossed out once pressed.
    const icon = () => toggle.querySelector('svg')!;
    expect(icon().getAttribute('aria-hidden')).to.equal('true');
    expect(icon().getBoundingClientRect().width).to.be.greaterThan(0);
    const shapeOf = () => [...icon().children].map((shape) => shape.outerHTML).join('');
    const open = shapeOf();
    expect(open).to.contain('<circle');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(shapeOf()).to.not.equal(open);
    expect(shapeOf()).to.contain('m2 2 20 20');
    expect(input(el).type).to.equal('text');
    expect(shadow(el).querySelector<HTMLInputElement>('#confirm')!.type).to.equal('text');
    await expectAccessible(el);
  });

  it('checks the confirmation and reports a mismatch', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field confirm></dh-password-field>`);
    await type(el, 'Tr0ub4dor.3');
    await settled(el);
    const confirm = shadow(el).querySelector<HTMLInputElement>('#confirm')!;
    expect(shadow(el).querySelector('label[for="confirm"]')!.textContent).to.equal('Passwort wiederholen');
    confirm.focus();
    await sendKeys({ type: 'Tr0ub4dor.4' });
    await el.updateComplete;
    expect(shadow(el).querySelector('#confirm-error')!.textContent).to.equal('Die Passwörter stimmen nicht überein.');
    expect(confirm.getAttribute('aria-invalid')).to.equal('true');
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.equal('Die Passwörter stimmen nicht überein.');
    await expectAccessible(el);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '3' });
    await el.updateComplete;
    expect(shadow(el).querySelector('#confirm-error')).to.equal(null);
    expect(el.checkValidity()).to.equal(true);
  });

  it('reports an empty or different repetition once, at the repetition, leaving the valid password alone', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field confirm></dh-password-field>`);
    await type(el, 'Tr0ub4dor.3');
    await settled(el);
    expect(shadow(el).querySelector('#confirm-error')).to.equal(null);
    expect(el.reportConfirmation()).to.equal(false);
    await el.updateComplete;
    await waitUntil(() => shadow(el).activeElement?.id === 'confirm', 'focus did not go to the repetition');
    expect(shadow(el).querySelector('#confirm-error')!.textContent).to.equal('Die Passwörter stimmen nicht überein.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    expect(shadow(el).querySelectorAll('[part="error"]')).to.have.length(1);
    await expectAccessible(el);
  });

  it('blocks its form while the policy fails and submits the password once it holds, by keyboard alone', async () => {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <dh-password-field name="newPassword"></dh-password-field>
        <button>Speichern</button>
      </form>
    `);
    const el = form.querySelector('dh-password-field')!;
    let submitted: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted = new FormData(form);
    });
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(input(el));
    await sendKeys({ type: 'Passwort1' });
    await settled(el);
    await sendKeys({ press: 'Enter' });
    expect(submitted).to.equal(undefined);
    expect(el.validity.customError).to.equal(true);
    expect(el.validationMessage).to.equal(
      'Dieses Passwort ist zu bekannt und leicht zu erraten. Bitte wählen Sie ein anderes.',
    );
    input(el).select();
    await sendKeys({ type: 'Kaffee.Tasse-42' });
    await settled(el);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect(input(el).type).to.equal('text');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(form.querySelector('button'));
    await sendKeys({ press: 'Enter' });
    expect(submitted?.get('newPassword')).to.equal('Kaffee.Tasse-42');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.validity.valueMissing).to.equal(true);
  });

  it('speaks English with lang="en" and follows <html lang>', async () => {
    const el = await fixture<DhPasswordField>(html`<dh-password-field lang="en" confirm></dh-password-field>`);
    // The English strings load on first use; until then the German ones stand in.
    await waitUntil(() => shadow(el).querySelector('label')!.textContent === 'New password');
    expect(shadow(el).querySelector('li[data-rule="digit"]')!.textContent).to.contain('At least one digit');
    await expectAccessible(el);
    const german = await fixture<DhPasswordField>(html`<dh-password-field></dh-password-field>`);
    document.documentElement.lang = 'en';
    try {
      await waitUntil(() => shadow(german).querySelector('label')!.textContent === 'New password');
    } finally {
      document.documentElement.lang = 'de';
    }
    await waitUntil(() => shadow(german).querySelector('label')!.textContent === 'Neues Passwort');
  });

  it('is disabled by a disabled fieldset', async () => {
    const fieldset = await fixture<HTMLFieldSetElement>(html`
      <form>
        <fieldset disabled><dh-password-field name="pw"></dh-password-field></fieldset>
      </form>
    `);
    const el = fieldset.querySelector('dh-password-field')!;
    await el.updateComplete;
    expect(input(el).disabled).to.equal(true);
  });
});
