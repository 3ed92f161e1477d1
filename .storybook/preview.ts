import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../packages/widgets/custom-elements.json' with { type: 'json' };

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: { controls: { expanded: true } },
};

export default preview;
