// The slide formats (slides.ts makes them): their names, file types and how their files are
// named. Plain values in a file of their own, so the dialog, delivery and the command line can
// name them without loading the slide maker.
export type SlideFormat = 'slides-pdf' | 'pptx';
export const SLIDE_FORMATS: readonly SlideFormat[] = ['slides-pdf', 'pptx'];

export const SLIDE_MIME: Record<SlideFormat, string> = {
  'slides-pdf': 'application/pdf',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** What ends a file of slides: `gsomia-2012-slides.pdf` (beside the map's own PDF), `gsomia-2012.pptx`. */
export const SLIDE_FILE_ENDINGS: Record<SlideFormat, string> = { 'slides-pdf': '-slides.pdf', pptx: '.pptx' };

export const isSlideFormat = (format: unknown): format is SlideFormat => SLIDE_FORMATS.includes(format as SlideFormat);
