package com.pointsdesk.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HTTP Basic for {@code /api/v1/**} and {@code /demo/**} against the engine's identities:
 * no or wrong credentials give 401, a user outside the allowed groups gets 403, both as
 * problem+json. Passwords are checked by the engine (with its brute-force lock-out), a successful
 * login is remembered for a short while ({@link VerifiedLogins}).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  private final VerifiedLogins logins;
  private final ObjectMapper json;

  ApiAuthenticationFilter(VerifiedLogins logins, ObjectMapper json) {
    this.logins = logins;
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws ServletException, IOException {
    String[] credentials = credentials(request.getHeader(HttpHeaders.AUTHORIZATION));
    Optional<Set<String>> verified = credentials == null ? Optional.empty()
        : logins.groupsOf(credentials[0], credentials[1]);
    if (verified.isEmpty()) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"PointsDesk\", charset=\"UTF-8\"");
      problem(response, HttpStatus.UNAUTHORIZED, "Authentication required",
          "Send HTTP Basic credentials of a PointsDesk user.");
      return;
    }
    Set<String> groups = verified.get();
    // the servlet path is decoded and without path parameters: /demo;x=1/… and /%64emo/… are
    // /demo/… too, as the dispatcher will route them
    Set<String> allowed = request.getServletPath().startsWith("/demo/")
        ? Groups.STAFF : Groups.API_USERS;
    if (groups.stream().noneMatch(allowed::contains)) {
      problem(response, HttpStatus.FORBIDDEN, "Forbidden",
          "User " + credentials[0] + " may not use this API.");
      return;
    }
    request.setAttribute(ApiCaller.ATTRIBUTE, new ApiCaller(credentials[0], groups));
    chain.doFilter(request, response);
  }

  private static String[] credentials(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
          StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? null
          : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private void problem(HttpServletResponse response, HttpStatus status, String title,
      String detail) throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("errors", List.of());
    response.setStatus(status.value());
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), problem);
  }
}
