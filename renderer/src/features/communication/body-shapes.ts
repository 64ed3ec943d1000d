// The shapes live in shared/ so the PDF binder draws the same body map as the app.
export { AREA_SHAPES, DECORATION, type Shape } from '../../../../shared/communication/body-shapes';
