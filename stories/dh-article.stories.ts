import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/widgets/src/dh-article.js';
import type { ArticleContent } from '../packages/widgets/src/dh-article/dh-article.js';

interface Args {
  article: ArticleContent;
  lang: string;
}

const body = `<p>Nachdem Sie auf <strong>Auftrag hinzufügen</strong> geklickt haben, liegt der Auftrag im Warenkorb.</p>
<h2 id="dh-c-warenkorb-oeffnen">Warenkorb öffnen</h2>
<ul><li>Klicken Sie auf <strong>Warenkorb</strong>.</li>
<li>Oder wählen Sie <a class="dh-menu-path" href="/admin/warenkorb" data-dh-page="admin/warenkorb">Mein Unternehmen → Kontingente &amp; Auftragsstatus → Warenkorb</a>.</li></ul>
<aside class="dh-hint dh-hint-achtung"><p class="dh-hint-title"><strong>Achtung</strong>: Der Warenkorb gilt nur für diese Sitzung</p><p>Melden Sie sich ab, ohne zu bestellen, verfällt der Warenkorb.</p></aside>
<aside class="dh-hint dh-hint-tipp"><p class="dh-hint-title"><strong>Tipp</strong></p><p>Prüfen Sie jede Auftragsposition.</p></aside>
<p>Mehr dazu unter <a href="?dh-article=admin-auftragsstatus" data-dh-article="admin-auftragsstatus">Auftragsstatus verfolgen</a>.</p>`;

const meta: Meta<Args> = {
  title: 'Elements/dh-article',
  component: 'dh-article',
  args: {
    lang: 'de',
    article: {
      id: 'admin-warenkorb-bestellen',
      title: 'Warenkorb prüfen und kostenpflichtig bestellen',
      lang: 'de',
      html: body,
    },
  },
  render: (args) => html`<div lang=${args.lang}><dh-article .article=${args.article}></dh-article></div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** An article with a menu path, hint boxes and a link to another article. */
export const Default: Story = {};

/** A step of a guide: "Zurück" and "Weiter", and the feedback question. */
export const GuideStep: Story = {
  render: (args) =>
    html`<dh-article
      feedback
      .article=${args.article}
      .prev=${{ id: 'admin-auftrag-hinzufuegen', title: 'Aktivierungsdatum wählen und Auftrag hinzufügen' }}
      .next=${{ id: 'admin-auftragsstatus', title: 'Auftragsstatus verfolgen' }}
    ></dh-article>`,
};

/** An English reader sees the German text with a note. */
export const GermanFallback: Story = {
  args: { lang: 'en', article: { ...meta.args!.article!, fallback: true } },
};

/** Hostile HTML is sanitised again in the browser: the script and the tracking pixel are gone. */
export const SanitisedInput: Story = {
  args: {
    article: {
      id: 'unsicher',
      title: 'Unsichere Eingabe',
      lang: 'de',
      html: '<p>Sichtbarer Text.<script>alert(1)</script><img src="https://tracker.invalid/p.gif" alt="Zählpixel"></p>',
    },
  },
};
