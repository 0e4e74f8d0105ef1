using Keurmerk.Domain;
using Microsoft.Net.Http.Headers;

namespace Keurmerk.Web.Infrastructure.Security;

public static class Downloads
{
    /// <summary>
    /// An uploaded file goes back as a download (RFC 6266): the name in UTF-8 as filename*, an ASCII
    /// stand-in as filename for older clients. Never inline: a stored file is not a page of this site.
    /// </summary>
    public static void SetAttachment(HttpResponse response, string fileName)
    {
        var header = new ContentDispositionHeaderValue("attachment")
        {
            FileName = FileNames.AsciiFallback(fileName),
            FileNameStar = fileName,
        };
        response.Headers.ContentDisposition = header.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
    }
}
