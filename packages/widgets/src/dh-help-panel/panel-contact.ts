import { html, nothing } from 'lit';
import type { Translate } from '@direkthilfe/core/i18n/translator';
import { icon } from '../shared/icons.js';

/** The contact section, from the host's `data-dh-contact-*` attributes on `<html>`. */
export function renderContact(t: Translate) {
  const { dhContactPhone: phone, dhContactEmail: email, dhContactHours: hours } = document.documentElement.dataset;
  return html`<section part="contact" class="contact" aria-labelledby="contact">
    <h3 id="contact" tabindex="-1">${t('panel.contact')}</h3>
    ${
      phone || email
        ? html`<ul class="contact-ways">
            ${
              phone
                ? html`<li>
                    ${icon('phone')}<span class="visually-hidden">${t('panel.phone')}: </span
                    ><a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>
                  </li>`
                : nothing
            }
            ${
              email
                ? html`<li>
                    ${icon('email')}<span class="visually-hidden">${t('panel.email')}: </span
                    ><a href="mailto:${email}">${email}</a>
                  </li>`
                : nothing
            }
            ${
              hours
                ? html`<li>
                    ${icon('hours')}<span class="visually-hidden">${t('panel.hours')}: </span><span>${hours}</span>
                  </li>`
                : nothing
            }
          </ul>`
        : html`<p>${t('panel.noContact')}</p>`
    }
  </section>`;
}
