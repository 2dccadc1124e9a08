import vue from '@vitejs/plugin-vue';
import { isCustomElement } from 'invitation-elements/vue';
import { defineConfig } from 'vite';

export default defineConfig({ plugins: [vue({ template: { compilerOptions: { isCustomElement } } })] });
