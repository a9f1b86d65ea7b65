namespace Urbis.Web.Platform.Localization;

/// <summary>
/// Strings shared by the whole UI (layout, navigation, buttons, validation, errors). Views see it
/// as <c>S</c>; each area has its own resource seen as <c>L</c>. Keys are the English text.
/// </summary>
internal sealed class SharedResource;
